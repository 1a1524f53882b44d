import { describe, expect, it } from 'vitest';
import { runUpTo } from '../testing/run-stages.js';
import { taggerWords } from './tagger-words.js';

const words = (text: string) => {
  const doc = runUpTo({ text }, 'segment-sentences');
  return doc.sentences.flatMap((s) => taggerWords(doc, s).words);
};

describe('taggerWords', () => {
  it('joins words split at a hyphen, as CoNLL-2003 writes them', () => {
    expect(words('Ahn Young-joon met al-Assad in Guinea-Bissau.')).toEqual(['Ahn', 'Young-joon', 'met', 'al-Assad', 'in', 'Guinea-Bissau', '.']);
  });

  it('leaves a spaced dash alone', () => {
    expect(words('Kyiv - the capital - was hit.')).toEqual(['Kyiv', '-', 'the', 'capital', '-', 'was', 'hit', '.']);
  });
});
