/**
 * The figure stages on the sample dump, measured against the hand annotations of data/gold: every
 * gold casualty figure found (category and value; category alone for vague ones, as the gold
 * README scores them) and no figure that the gold set does not have.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../doc/doc.js';
import { readDump } from '../ingest/read-dump.js';
import { resolveOptions } from '../options.js';
import { runPipeline, STAGES } from '../pipeline.js';

interface GoldFigure {
  category: string;
  value: number;
  qualifier: string;
  text: string;
}
interface Gold {
  id: string;
  title: string;
  casualties: GoldFigure[];
}

const ROOT = new URL('../../../../', import.meta.url);
const dump = readFileSync(new URL('data/dumps/000_2281aa0f27802df5.txt', ROOT), 'utf8');
const goldDir = new URL('data/gold/', ROOT);
const golds: Gold[] = readdirSync(goldDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, goldDir), 'utf8')) as Gold);

const upToFigures = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'resolve-figures') + 1);

describe('figures on the sample dump against data/gold', () => {
  const articles = readDump(dump).articles;

  it('reads the four articles of the gold set', () => {
    expect(articles.map((a) => a.article.title).sort()).toEqual(golds.map((g) => g.title).sort());
  });

  for (const gold of golds) {
    it(`${gold.id}: finds every gold figure and invents none`, () => {
      const source = articles.find((a) => a.article.title === gold.title);
      expect(source).toBeDefined();
      const doc = createDoc(source!.article);
      runPipeline(doc, resolveOptions(), upToFigures);
      const found = doc.figures.filter((f) => !f.dropped);
      const unmatched = [...found];
      const missed: string[] = [];
      for (const g of gold.casualties) {
        const i = unmatched.findIndex((f) => f.category === g.category && (g.qualifier === 'vague' || f.value === g.value));
        if (i < 0) missed.push(`${g.category} ${g.value} "${g.text}"`);
        else unmatched.splice(i, 1);
      }
      expect(missed, 'gold figures not found').toEqual([]);
      expect(
        unmatched.map((f) => `${f.category} ${f.value} "${f.text}"`),
        'figures not in the gold set',
      ).toEqual([]);
    });
  }
});
