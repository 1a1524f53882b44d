import type { Doc, Sentence } from '../doc/doc.js';

const HYPHENS = new Set(['-', '‑', '‐']);

/** A sentence as the tagger reads it, with each word's first and last doc token. */
export interface TaggerWords {
  words: string[];
  first: number[];
  last: number[];
}

/**
 * The tagger learnt from CoNLL-2003's tokens, where a hyphenated word is one token ("Young-joon",
 * "al-Assad", "Nagorno-Karabakh"); the doc's tokenizer splits them. Tokens joined by a hyphen with
 * no space on either side are read as one word again.
 */
export function taggerWords(doc: Doc, s: Sentence): TaggerWords {
  const out: TaggerWords = { words: [], first: [], last: [] };
  for (let i = s.firstToken; i < s.endToken; i++) {
    const t = doc.tokens[i]!;
    const n = out.words.length;
    const prev = doc.tokens[i - 1];
    const next = doc.tokens[i + 1];
    const joinsHyphen = HYPHENS.has(t.text) && n > 0 && prev!.end === t.start && i + 1 < s.endToken && next!.start === t.end;
    const afterHyphen = n > 0 && HYPHENS.has(doc.tokens[i - 1]!.text) && out.last[n - 1] === i - 1 && prev!.end === t.start;
    if (joinsHyphen || afterHyphen) {
      out.words[n - 1] += t.text;
      out.last[n - 1] = i;
    } else {
      out.words.push(t.text);
      out.first.push(i);
      out.last.push(i);
    }
  }
  return out;
}
