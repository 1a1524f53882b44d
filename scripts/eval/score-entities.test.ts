import { describe, expect, it } from 'vitest';
import { scoreEntities } from './score-entities.js';

const e = (name: string, ...alternateName: string[]) => ({ name, ...(alternateName.length ? { alternateName } : {}) });

describe('scoreEntities', () => {
  it('matches on the name or an alternate name against any gold name', () => {
    const s = scoreEntities([e('Kim'), e('Moscow', 'Russia')], { entities: [['Kim Jong Un', 'Kim'], ['Russia', 'Russian Federation']] });
    expect(s.counts).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(s.matched).toEqual([{ name: 'Kim', gold: 'Kim Jong Un' }, { name: 'Moscow', gold: 'Russia' }]);
  });
  it('compares names under the README rule (case, diacritics, "the", possessive)', () => {
    const s = scoreEntities([e('the kremlin'), e('NUMAN KURTULMUS'), e("Gazprom's")], {
      entities: [['Kremlin'], ['Numan Kurtulmuş'], ['Gazprom']],
    });
    expect(s.counts).toEqual({ tp: 3, fp: 0, fn: 0 });
  });
  it('counts a second entity for the same gold entity as a failed merge (false positive)', () => {
    const s = scoreEntities([e('Vladimir Putin'), e('Putin')], { entities: [['Vladimir Putin', 'Putin']] });
    expect(s.counts).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(s.falsePositives).toEqual([{ name: 'Putin', reason: 'failed_merge', gold: 'Vladimir Putin' }]);
  });
  it('reports unmatched record entities as false positives and unmatched gold entities as false negatives', () => {
    const s = scoreEntities([e('Berlin')], { entities: [['Paris'], ['Lyon']] });
    expect(s.counts).toEqual({ tp: 0, fp: 1, fn: 2 });
    expect(s.falsePositives).toEqual([{ name: 'Berlin', reason: 'unmatched' }]);
    expect(s.missed).toEqual(['Paris', 'Lyon']);
  });
  it('counts matches of optional entries neither way', () => {
    const s = scoreEntities([e('Seoul Railway Station'), e('Seoul')], { entities: [['Seoul']], optional: [['Seoul Railway Station']] });
    expect(s.counts).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.optional).toEqual(['Seoul Railway Station']);
  });
  it('an optional entry missing from the record is no false negative', () => {
    expect(scoreEntities([], { entities: [], optional: [['Asia']] }).counts).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
  it('counts an entity named like a photo credit as a false positive and reports it', () => {
    const s = scoreEntities([e('Ahn Young-joon'), e('AP')], { entities: [], optional: [['Associated Press', 'AP']], credits: ['AP', 'Ahn Young-joon'] });
    expect(s.counts).toEqual({ tp: 0, fp: 2, fn: 0 });
    expect(s.creditMentions).toEqual(['Ahn Young-joon', 'AP']);
    expect(s.falsePositives.map((f) => f.reason)).toEqual(['credit', 'credit']);
  });
  it('a credit name that is also a gold entity is scored by the gold', () => {
    const s = scoreEntities([e('AFP')], { entities: [['Agence France-Presse', 'AFP']], credits: ['AFP'] });
    expect(s.counts).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.creditMentions).toEqual([]);
  });
  it('pairs entities so that as many gold entities as possible are matched', () => {
    // "Korea" names both gold entities; the record's "South Korea" can only be the second.
    const s = scoreEntities([e('Korea'), e('South Korea')], { entities: [['South Korea', 'Korea'], ['North Korea', 'Korea']] });
    expect(s.counts).toEqual({ tp: 2, fp: 0, fn: 0 });
  });
});
