import { describe, expect, it } from 'vitest';
import type { EntityDraft, FigureCandidate, MentionCandidate } from '../doc/candidates.js';
import { createDoc, type Article, type Doc, type Section } from '../doc/doc.js';
import { resolveOptions } from '../options.js';
import { detectDates } from './detect-dates.js';
import { detectFigures } from './detect-figures.js';
import { resolveDatePublished } from './resolve-date-published.js';
import { resolveDates } from './resolve-dates.js';
import { resolveFigures } from './resolve-figures.js';
import { segmentSentences } from './segment-sentences.js';

const options = resolveOptions({ published: '2025-05-01' });

/** Runs the stages up to the figures; `entities` (names) are put in the doc before the figure stages. */
function run(article: Article, entities: { name: string; type: EntityDraft['type'] }[] = []): Doc {
  const doc = createDoc(article);
  for (const stage of [segmentSentences, detectDates, resolveDatePublished, resolveDates]) stage.run(doc, options);
  for (const e of entities) doc.entities.push(entity(doc.text, e.name, e.type));
  for (const stage of [detectFigures, resolveFigures]) stage.run(doc, options);
  return doc;
}

function entity(text: string, name: string, type: EntityDraft['type']): EntityDraft {
  const mentions: MentionCandidate[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    mentions.push({ start: at, end: at + name.length, text: name, type, rule: 'test', confidence: 1 });
  }
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return { id: `urn:newsgraph:${type.toLowerCase()}:${slug}`, type, name, alternateNames: [], mentions, confidence: 1 };
}

/** An article laid out as the dump reader lays it out: headline, captions, body paragraphs. */
function laidOut(headline: string, captions: string[], body: string[]): Article {
  let text = '';
  const sections: Section[] = [];
  const add = (kind: Section['kind'], s: string) => {
    if (text) text += '\n\n';
    sections.push({ kind, start: text.length, end: text.length + s.length });
    text += s;
  };
  add('headline', headline);
  for (const c of captions) add('caption', c);
  for (const p of body) add('body', p);
  return { text, title: headline, sections };
}

const kept = (doc: Doc): FigureCandidate[] => doc.figures.filter((f) => !f.dropped);

describe('sources', () => {
  it.each([
    ['The strike killed 25 people, the health ministry said.', 'the health ministry'],
    ['At least 40 people were killed, according to the Ministry of Health in Gaza.', 'the Ministry of Health'],
    ['The army sent 3,000 troops to the border, Western officials have said.', 'Western officials'],
    ['Rights groups said the crackdown left hundreds dead.', 'Rights groups'],
    ['Officials acknowledge more than 600 people died in the unrest.', 'Officials'],
    ['More than 1,200 people have been arrested since the protests began, the monitor added.', 'the monitor'],
    ['The Kurdistan Human Rights Network (KHRN) has recorded more than 90 killings this year.', 'The Kurdistan Human Rights Network (KHRN)'],
    ['"Twelve soldiers were killed in the ambush," said Colonel Ahmed Khan.', 'Colonel Ahmed Khan'],
    ["Nigeria's police said they arrested 30 suspects.", "Nigeria's police"],
  ])('%s → %s', (text, source) => {
    const [f] = kept(run({ text }));
    expect(f?.source).toBe(source);
    expect(text.slice(f!.sourceSpan!.start, f!.sourceSpan!.end)).toBe(source);
  });

  it('takes the nearest reporting clause of the sentence', () => {
    const doc = run({ text: 'The interior ministry said 300 people were detained, but rights groups said at least 1,000 were arrested.' });
    expect(kept(doc).map((f) => [f.value, f.source])).toEqual([
      [300, 'The interior ministry'],
      [1000, 'rights groups'],
    ]);
  });

  it('names no source for a pronoun or a sentence without a reporting clause', () => {
    expect(kept(run({ text: 'They said 12 people were injured.' }))[0]?.source).toBeUndefined();
    expect(kept(run({ text: 'Twelve people were injured in the crash.' }))[0]?.source).toBeUndefined();
  });

  it('links the source to the entity whose mention overlaps it', () => {
    const text = 'More than 500 protesters have been detained, Amnesty International said.';
    const doc = run({ text }, [{ name: 'Amnesty International', type: 'Organization' }]);
    expect(kept(doc)[0]).toMatchObject({ source: 'Amnesty International', attributedTo: 'urn:newsgraph:organization:amnesty-international' });
  });

  it("prefers the entity at the head of the source (\"Ukraine's Special Operations Forces\")", () => {
    const text = "Ukraine's Special Operations Forces said they had killed a unit of 25 soldiers.";
    const doc = run({ text }, [
      { name: 'Ukraine', type: 'Place' },
      { name: 'Special Operations Forces', type: 'Organization' },
    ]);
    expect(kept(doc)[0]?.attributedTo).toBe('urn:newsgraph:organization:special-operations-forces');
  });

  it('works without entities (source as text only)', () => {
    const doc = run({ text: 'More than 500 protesters have been detained, Amnesty International said.' });
    expect(kept(doc)[0]?.source).toBe('Amnesty International');
    expect(kept(doc)[0]?.attributedTo).toBeUndefined();
  });
});

describe('repeats and restatements', () => {
  it('keeps one figure for the headline, a caption and the body, the first body mention', () => {
    const article = laidOut(
      '25 Killed in Market Bombing',
      ['People gather at the market where 25 people were killed on Tuesday.'],
      ['A bomb killed 25 people at a crowded market on Tuesday, police said.', 'The market reopened on Thursday.'],
    );
    const doc = run(article);
    const figures = kept(doc);
    expect(figures).toHaveLength(1);
    const f = figures[0]!;
    expect(f.text).toBe('killed 25 people');
    expect(doc.sections[doc.sentences[f.sentence]!.section]!.kind).toBe('body');
    expect(f.repeats?.map((r) => article.text.slice(r.start, r.end))).toEqual(['25 Killed', '25 people were killed']);
    expect(doc.figures.filter((x) => x.dropped === 'repeat')).toHaveLength(2);
  });

  it('merges the same category, value and source restated', () => {
    const doc = run({ text: 'Police said 40 people were arrested on Friday. The 40 protesters were arrested in the square, police said.' });
    expect(kept(doc)).toHaveLength(1);
    expect(kept(doc)[0]!.repeats).toHaveLength(1);
  });

  it('keeps differing figures from different sources', () => {
    const doc = run({ text: 'Officials said 3,000 people died. Rights groups said 7,000 people were killed.' });
    expect(kept(doc).map((f) => [f.value, f.source])).toEqual([
      [3000, 'Officials'],
      [7000, 'Rights groups'],
    ]);
  });

  it('keeps the same number from two different sources apart', () => {
    const doc = run({ text: 'The army said 12 soldiers were killed. Separately, the rebels said 12 soldiers were killed.' });
    expect(kept(doc)).toHaveLength(2);
  });

  it('keeps a running total apart from the toll of one event', () => {
    const doc = run({
      text: 'An air strike killed 40 people on Monday. The total death toll since the war began has risen to 40,000. A later report said 40 people were killed in the strike.',
    });
    expect(kept(doc).map((f) => f.value)).toEqual([40, 40000]);
  });

  it('does not merge categories or a vague amount with a count', () => {
    const doc = run({ text: 'Thousands were arrested. Police said 1,000 protesters were arrested and 1,000 were injured.' });
    expect(kept(doc).map((f) => `${f.category} ${f.value} ${f.qualifier}`)).toEqual(['arrested 1000 vague', 'arrested 1000 exact', 'injured 1000 exact']);
  });
});

describe('parts of a total', () => {
  it('links "including 1,000 reinforcements" to the total it is part of', () => {
    const doc = run({ text: 'The country sent an estimated total of 9,000 troops, including 1,000 reinforcements, officials said.' });
    const [total, part] = kept(doc);
    expect(total).toMatchObject({ value: 9000, category: 'deployed' });
    expect(part).toMatchObject({ value: 1000, category: 'deployed', partOf: doc.figures.indexOf(total!) });
    expect(total!.partOf).toBeUndefined();
  });

  it('links "including six children" and keeps both', () => {
    const doc = run({ text: 'The strike killed 21 people, including six children.' });
    const figures = kept(doc);
    expect(figures.map((f) => [f.value, f.partOf])).toEqual([
      [21, undefined],
      [6, 0],
    ]);
  });

  it('points a part at the kept figure when its total was a repeat', () => {
    const article = laidOut('Strike Kills 21', [], ['The strike killed 21 people, including six children, officials said.']);
    const doc = run(article);
    const [total, part] = kept(doc);
    expect(total!.value).toBe(21);
    expect(part!.partOf).toBe(doc.figures.indexOf(total!));
  });

  it('links no part without a cue', () => {
    const doc = run({ text: 'The strike killed 21 people and 6 children were injured.' });
    expect(kept(doc).every((f) => f.partOf === undefined)).toBe(true);
  });
});
