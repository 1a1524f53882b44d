import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GoldError, parseGold } from './gold.js';
import { pairArticles, readGoldDir, titleKey } from './load.js';

const gold = (title: string, id = 'g') => parseGold({ id, dump: 'd.txt', title, published: '2026-02-16' }, `${id}.json`);

describe('titleKey', () => {
  it('normalises quotes, dashes, whitespace and case', () => {
    expect(titleKey('Türkiye: Ocalan Announces ‘Integration  Phase’')).toBe(titleKey("türkiye: ocalan announces 'Integration Phase'"));
    expect(titleKey('A – B')).toBe(titleKey('a - b'));
    expect(titleKey('Talks resume')).not.toBe(titleKey('Talks resumed'));
  });
});

describe('pairArticles', () => {
  const articles = new Map([['d.txt', [{ title: 'Talks Resume in Geneva', text: 'x' }, { title: 'Other', text: 'y' }]]]);
  it('pairs each gold file with the article of the same title', () => {
    const pairs = pairArticles([gold('Talks  resume in Geneva')], articles);
    expect(pairs[0]!.article.text).toBe('x');
  });
  it('fails loudly, naming every gold whose article is missing', () => {
    expect(() => pairArticles([gold('Missing one', 'a'), gold('Other', 'b'), gold('Missing two', 'c')], articles)).toThrow(GoldError);
    expect(() => pairArticles([gold('Missing one', 'a'), gold('Missing two', 'c')], articles)).toThrow(/a: no article.*\n.*c: no article/s);
    expect(() => pairArticles([gold('Other')], new Map())).toThrow(/no article/);
  });
});

describe('readGoldDir', () => {
  it('throws a GoldError for a missing directory, an empty one or a file that is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gold-'));
    expect(() => readGoldDir(join(dir, 'nope'))).toThrow(GoldError);
    expect(() => readGoldDir(dir)).toThrow(/no gold files/);
    writeFileSync(join(dir, 'bad.json'), '{ not json');
    expect(() => readGoldDir(dir)).toThrow(/bad\.json/);
  });
});
