import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultCorporaDir } from '../../packages/extractor/scripts/corpora/paths.js';
import type { TaggedSentence } from '../../packages/extractor/scripts/corpora/read-conll.js';
import type { TaggedSpan } from '../../packages/extractor/src/ner/labels.js';
import { conllDevFile, conllSection, evaluateConll, recordMentions, runConll, scoreConll } from './conll.js';
import { renderSection } from './table.js';

// One tiny document: "Peter Blackburn visited Bonn ." / "The EU and German officials ."
const docs: TaggedSentence[][] = [
  [
    { words: ['Peter', 'Blackburn', 'visited', 'Bonn', '.'], tags: ['B-PER', 'I-PER', 'O', 'B-LOC', 'O'] },
    { words: ['The', 'EU', 'and', 'German', 'officials', '.'], tags: ['O', 'B-ORG', 'O', 'B-MISC', 'O', 'O'] },
  ],
];
const text = 'Peter Blackburn visited Bonn .\n\nThe EU and German officials .';
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

/** A record as the extractor gives it, with only what the score reads. */
const record = (people: string[][], places: string[][], organizations: string[][]) => {
  const entities = (names: string[][]) => names.map((mentions) => ({ mentions: mentions.map(at) }));
  return { people: entities(people), places: entities(places), organizations: entities(organizations) };
};
const extractorGiving = (r: ReturnType<typeof record>) => ({
  safeExtract: (a: { text: string }) => {
    expect(a.text).toBe(text);
    return { ok: true as const, record: r as never };
  },
});
const taggerGiving = (spans: TaggedSpan[][]) => ({ tag: (sentences: readonly (readonly string[])[]) => (expect(sentences).toHaveLength(2), spans) });

describe('scoreConll', () => {
  it('scores exact span and type per type and micro-averaged, ignoring MISC', () => {
    const gold: TaggedSpan[][] = [[{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }, { start: 5, end: 6, type: 'MISC' }]];
    const pred: TaggedSpan[][] = [[{ start: 0, end: 1, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }, { start: 7, end: 8, type: 'MISC' }]];
    const s = scoreConll(gold, pred, [{ start: 0, end: 3, type: 'ORG' }]);
    expect(s.PER).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(s.LOC).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(s.ORG).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(s.micro).toMatchObject({ tp: 1, fp: 2, fn: 1 });
    expect(s.micro.p).toBeCloseTo(1 / 3);
  });
});

describe('recordMentions', () => {
  it('types each mention by its record field', () => {
    expect(recordMentions(record([['Peter Blackburn']], [['Bonn']], [['EU']]))).toEqual([
      { ...at('Peter Blackburn'), type: 'PER' },
      { ...at('Bonn'), type: 'LOC' },
      { ...at('EU'), type: 'ORG' },
    ]);
  });
});

describe('evaluateConll', () => {
  it('scores the tagger on the tokens and the pipeline on the rebuilt text', () => {
    const tagger = taggerGiving([[{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'ORG' }], [{ start: 1, end: 2, type: 'ORG' }, { start: 3, end: 4, type: 'MISC' }]]);
    // "Blackburn" on its own is a wrong span; "Peter Blackbur" is off the token boundaries (an FP);
    // "German" as a place is an FP, as MISC gold counts for nothing.
    const extractor = extractorGiving(record([['Blackburn', 'Peter Blackbur']], [['Bonn'], ['German']], [['EU']]));
    const r = evaluateConll('/c/conll2003/eng.testa', docs, tagger, extractor);
    expect(r).toMatchObject({ documents: 1, sentences: 2, tokens: 11, offBoundary: 1, failures: [] });
    expect(r.tagger.PER).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.tagger.LOC).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(r.tagger.ORG).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(r.tagger.micro).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(r.pipeline.PER).toMatchObject({ tp: 0, fp: 2, fn: 1 });
    expect(r.pipeline.LOC).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(r.pipeline.ORG).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.pipeline.micro).toMatchObject({ tp: 2, fp: 3, fn: 1 });
  });

  it('scores a document the extractor fails on as finding nothing, and keeps the error', () => {
    const extractor = { safeExtract: () => ({ ok: false as const, error: { code: 'internal', message: 'boom' } as never }) };
    const r = evaluateConll('eng.testa', docs, taggerGiving([[], []]), extractor);
    expect(r.failures).toEqual(['document 1: internal: boom']);
    expect(r.pipeline.micro).toMatchObject({ tp: 0, fp: 0, fn: 3 });
  });
});

describe('conllSection', () => {
  it('has a row per type and micro for the tagger and the pipeline, and no speed', () => {
    const r = evaluateConll('/c/conll2003/eng.testa', docs, taggerGiving([[], []]), extractorGiving(record([], [], [])));
    const out = renderSection(conllSection(r));
    expect(out.split('\n')[0]).toBe('CoNLL-2003 dev (eng.testa, 2 sentences; exact span and type, MISC ignored)');
    for (const who of ['tagger', 'pipeline']) for (const t of ['PER', 'LOC', 'ORG', 'micro']) expect(out).toMatch(new RegExp(`^${who} ${t}\\s+0\\s+0\\s+\\d`, 'm'));
    expect(out).toContain('/c/conll2003/eng.testa');
    expect(out).not.toMatch(/(words|tokens)\/s/);
  });
});

const testa = conllDevFile(defaultCorporaDir());

describe('on the real CoNLL-2003 dev set', () => {
  // Some 6-15 s on one core: the whole extractor runs on all its documents.
  it.skipIf(!existsSync(testa))('scores the shipped tagger and extractor in a sane range', async () => {
    const r = await runConll(testa);
    expect(r).toMatchObject({ sentences: 3250, failures: [] });
    expect(r.tokens).toBeGreaterThan(50_000);
    expect(r.tagger.micro.f1).toBeGreaterThan(0.85);
    expect(r.pipeline.micro.f1).toBeGreaterThan(0.8);
    for (const t of ['PER', 'LOC', 'ORG'] as const) {
      expect(r.tagger[t].f1).toBeGreaterThan(0.75);
      expect(r.pipeline[t].f1).toBeGreaterThan(0.7);
    }
  });
});
