import { describe, expect, it } from 'vitest';
import { createDoc } from '../doc/doc.js';
import { resolveOptions } from '../options.js';
import { segmentSentences } from './segment-sentences.js';

function segment(text: string, sections?: Parameters<typeof createDoc>[0]['sections']) {
  const doc = createDoc({ text, ...(sections ? { sections } : {}) });
  segmentSentences.run(doc, resolveOptions());
  return doc;
}

describe('segment-sentences', () => {
  it('gives every token and sentence offsets into the text', () => {
    const text = 'Parliament Speaker Numan Kurtulmuş chaired it.  Dr. Smith met U.S. officials on Monday.\n\nA new paragraph, “quoted”.';
    const doc = segment(text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Parliament Speaker Numan Kurtulmuş chaired it.',
      'Dr. Smith met U.S. officials on Monday.',
      'A new paragraph, “quoted”.',
    ]);
    for (const s of doc.sentences) {
      expect(doc.tokens[s.firstToken]!.start).toBe(s.start);
      expect(doc.tokens[s.endToken - 1]!.end).toBe(s.end);
      for (let i = s.firstToken; i < s.endToken; i++) expect(doc.tokens[i]!.sentence).toBe(s.index);
    }
  });

  it('keeps words with non-ASCII letters whole', () => {
    const doc = segment('Kurtulmuş, Erdoğan and Gülşen met in Şanlıurfa; Łódź and Nguyễn followed.');
    const words = doc.tokens.map((t) => t.text);
    for (const w of ['Kurtulmuş', 'Erdoğan', 'Gülşen', 'Şanlıurfa', 'Łódź', 'Nguyễn']) expect(words).toContain(w);
  });

  it('never lets a sentence run across a headline, caption or paragraph', () => {
    const parts = ['Strike Hits Port', 'Smoke rises over the port, 2 May 2026', 'The strike hit at dawn'];
    const text = parts.join('\n\n');
    const at = (p: string) => ({ start: text.indexOf(p), end: text.indexOf(p) + p.length });
    const doc = segment(text, [
      { kind: 'headline', ...at(parts[0]!) },
      { kind: 'caption', ...at(parts[1]!) },
      { kind: 'body', ...at(parts[2]!) },
    ]);
    expect(doc.sentences.map((s) => [s.section, text.slice(s.start, s.end)])).toEqual([
      [0, 'Strike Hits Port'],
      [1, 'Smoke rises over the port, 2 May 2026'],
      [2, 'The strike hit at dawn'],
    ]);
  });

  it('tags parts of speech', () => {
    const doc = segment('The police arrested 40 people.');
    expect(doc.tokens.map((t) => t.pos)).toEqual(['DET', 'NOUN', 'VERB', 'NUM', 'NOUN', 'PUNCT']);
  });

  it('splits an article the same whatever the process read before it', () => {
    // wink keeps "X's" whole before a full stop and learns it; it then kept it whole everywhere.
    const words = (text: string) => segment(text).tokens.map((t) => t.text);
    for (const name of ['Tarvellin', 'Osgrove', 'Brimwater']) {
      const alone = words(`${name}'s shares rose 9% on Monday.`);
      expect(alone.slice(0, 2)).toEqual([name, "'s"]);
      expect(words(`The gains were ${name}'s.`)).toContain(`${name}'s`);
      expect(words(`${name}'s shares rose 9% on Monday.`)).toEqual(alone);
    }
  });

  it('still reads a word the same way twice within one article', () => {
    const doc = segment("Gains were Quillmere's. Quillmere's shares rose.");
    const quill = doc.tokens.filter((t) => t.text.startsWith('Quillmere')).map((t) => t.text);
    expect(quill).toEqual(["Quillmere's", "Quillmere's"]);
  });
});
