import { describe, expect, it } from 'vitest';
import type { FigureCandidate } from '../doc/candidates.js';
import { createDoc, type Article } from '../doc/doc.js';
import { resolveOptions } from '../options.js';
import { detectDates } from './detect-dates.js';
import { detectFigures } from './detect-figures.js';
import { resolveDatePublished } from './resolve-date-published.js';
import { resolveDates } from './resolve-dates.js';
import { segmentSentences } from './segment-sentences.js';

const STAGES = [segmentSentences, detectDates, resolveDatePublished, resolveDates, detectFigures];

function figures(text: string | Article): FigureCandidate[] {
  const doc = createDoc(typeof text === 'string' ? { text } : text);
  const options = resolveOptions({ published: '2025-05-01' });
  for (const stage of STAGES) stage.run(doc, options);
  return doc.figures.filter((f) => !f.dropped);
}

function only(text: string): FigureCandidate {
  const found = figures(text);
  expect(found.map((f) => `${f.category} ${f.value}`), text).toHaveLength(1);
  return found[0]!;
}

type Expected = Partial<Pick<FigureCandidate, 'category' | 'value' | 'qualifier' | 'minValue' | 'maxValue' | 'group'>>;

const check = (cases: [string, Expected][]) =>
  it.each(cases)('%s', (text, expected) => {
    expect(only(text)).toMatchObject(expected);
  });

describe('numbers', () => {
  check([
    ['Shelling killed 14,000 people over two years.', { value: 14000 }],
    ['Shelling killed 3 people.', { value: 3 }],
    ['Shelling killed three people.', { value: 3 }],
    ['Shelling killed twenty-five people.', { value: 25 }],
    ['Shelling killed twenty five people.', { value: 25 }],
    ['Two hundred and fifty people were detained.', { value: 250 }],
    ['The storm displaced 1.5 million people.', { value: 1_500_000 }],
    ['The storm displaced 2m people.', { value: 2_000_000 }],
    ['A dozen journalists have been jailed this year.', { value: 12, qualifier: 'about' }],
    ['Half a dozen villagers were abducted.', { value: 6 }],
    ['Around a thousand people fled.', { value: 1000, qualifier: 'about' }],
    ['Three thousand troops were deployed.', { value: 3000 }],
  ]);
});

describe('vague amounts (ACLED conservative values)', () => {
  check([
    ['Dozens of protesters were detained.', { value: 12, qualifier: 'vague', minValue: 12, maxValue: null }],
    ['Hundreds of villagers fled.', { value: 100, qualifier: 'vague' }],
    ['Thousands were displaced by the floods.', { value: 1000, qualifier: 'vague' }],
    ['Tens of thousands of people were displaced.', { value: 10_000, qualifier: 'vague' }],
    ['Hundreds of thousands of residents were evacuated.', { value: 100_000, qualifier: 'vague' }],
    ['Scores of worshippers were wounded.', { value: 20, qualifier: 'vague' }],
    ['Tens were injured in the stampede.', { value: 10, qualifier: 'vague' }],
    ['Several hundred students were arrested.', { value: 100, qualifier: 'vague' }],
    ['The raids left thousands homeless.', { value: 1000, qualifier: 'vague', category: 'displaced' }],
  ]);
});

describe('qualifiers', () => {
  check([
    ['At least 12 civilians were killed.', { qualifier: 'at_least', value: 12, minValue: 12, maxValue: null }],
    ['More than 80 miners are missing.', { qualifier: 'more_than', value: 80, minValue: 80, maxValue: null }],
    ['Over 300 people were evacuated.', { qualifier: 'more_than', value: 300, minValue: 300 }],
    ['Nearly 500 police officers were deployed.', { qualifier: 'about', value: 500, minValue: null, maxValue: null }],
    ['Almost 90 detainees were jailed.', { qualifier: 'about', value: 90 }],
    ['About 40 pilgrims died.', { qualifier: 'about', value: 40 }],
    ['Around 60 people were hurt.', { qualifier: 'about', value: 60 }],
    ['Some 300 people were taken hostage.', { qualifier: 'about', value: 300 }],
    ['An estimated 2,000 residents fled.', { qualifier: 'about', value: 2000 }],
    ['Roughly 70 soldiers were wounded.', { qualifier: 'about', value: 70 }],
    ['Up to 1.5 million people have fled their homes.', { qualifier: 'up_to', value: 1_500_000, minValue: null, maxValue: 1_500_000 }],
    ['Between 40 and 50 migrants went missing.', { qualifier: 'range', value: 40, minValue: 40, maxValue: 50 }],
    ['Gunmen abducted 20 to 30 farmers.', { qualifier: 'range', value: 20, minValue: 20, maxValue: 30 }],
    ['Police arrested 40-50 protesters.', { qualifier: 'range', value: 40, maxValue: 50 }],
    ['Fewer than 10 people were hurt.', { qualifier: 'less_than', value: 10, maxValue: 10 }],
    ['The clashes killed 7 people.', { qualifier: 'exact', value: 7, minValue: 7, maxValue: 7 }],
    ['The army sent an estimated total of 9,000 troops.', { qualifier: 'about', value: 9000, category: 'deployed' }],
  ]);
});

describe('categories: active, passive, nominal, adjectival', () => {
  check([
    // killed
    ['The blast killed 17 shoppers.', { category: 'killed', group: 'shoppers' }],
    ['Seventeen shoppers were killed in the blast.', { category: 'killed', group: 'shoppers' }],
    ['The air strike left 9 people dead.', { category: 'killed', value: 9 }],
    ['Officials said 31 people died in the fire.', { category: 'killed', value: 31 }],
    ['The toll rose to 28 on Friday.', { category: 'killed', value: 28 }],
    ['The death toll from the landslide climbed to 112.', { category: 'killed', value: 112 }],
    ['A total of 14 workers lost their lives in the collapse.', { category: 'killed', value: 14 }],
    ['Rescuers recovered 23 bodies from the river.', { category: 'killed', value: 23 }],
    ['Troops massacred 60 villagers.', { category: 'killed', value: 60 }],
    ['At least 8 demonstrators were slain.', { category: 'killed', value: 8 }],
    ['The monitor recorded 450 fatalities in March.', { category: 'killed', value: 450 }],
    ['The group documented 2,100 killings last year.', { category: 'killed', value: 2100 }],
    ['The deaths of 14 miners were confirmed.', { category: 'killed', value: 14, group: 'miners' }],
    ['Police shot dead 12 demonstrators.', { category: 'killed', value: 12 }],
    ['The fighting claimed 30 lives.', { category: 'killed', value: 30 }],
    // injured
    ['The explosion wounded 45 people.', { category: 'injured', value: 45 }],
    ['Twelve firefighters were injured.', { category: 'injured', value: 12 }],
    ['Four spectators were hurt when the stand collapsed.', { category: 'injured', value: 4 }],
    ['Doctors treated 120 injured protesters.', { category: 'injured', value: 120 }],
    // arrested
    ['Police arrested 200 protesters.', { category: 'arrested', value: 200, group: 'protesters' }],
    ['At least 75 activists have been detained.', { category: 'arrested', value: 75 }],
    ['Security forces rounded up 40 men.', { category: 'arrested', value: 40 }],
    ['Nine journalists were jailed.', { category: 'arrested', value: 9 }],
    ['The crackdown led to 3,400 arrests.', { category: 'arrested', value: 3400 }],
    // missing
    ['Fifteen fishermen are missing after the storm.', { category: 'missing', value: 15 }],
    ['Six hikers went missing on the mountain.', { category: 'missing', value: 6 }],
    ['At least 30 people remain unaccounted for.', { category: 'missing', value: 30 }],
    // displaced
    ['The fighting has displaced 250,000 people.', { category: 'displaced', value: 250_000 }],
    ['About 8,000 residents fled.', { category: 'displaced', value: 8000 }],
    ['The floods left 12,000 people homeless.', { category: 'displaced', value: 12000 }],
    ['Authorities evacuated 5,000 villagers.', { category: 'displaced', value: 5000 }],
    // deployed
    ['The army sent 2,000 soldiers to the border.', { category: 'deployed', value: 2000, group: 'soldiers' }],
    ['Some 4,000 troops were deployed to the region.', { category: 'deployed', value: 4000 }],
    ['The ministry confirmed the deployment of 600 peacekeepers.', { category: 'deployed', value: 600 }],
    ['Around 1,500 reinforcements arrived on Sunday.', { category: 'deployed', value: 1500 }],
    ['About 800 police were sent to the city.', { category: 'deployed', value: 800 }],
    // kidnapped
    ['Gunmen abducted 30 students from a school.', { category: 'kidnapped', value: 30, group: 'students' }],
    ['Eleven aid workers were kidnapped.', { category: 'kidnapped', value: 11 }],
    ['Militants took 25 passengers hostage.', { category: 'kidnapped', value: 25 }],
    ['The rebels are holding 40 hostages.', { category: 'kidnapped', value: 40 }],
  ]);
});

describe('the number away from its trigger', () => {
  check([
    ['Special forces killed a unit of 19 enemy fighters near the river.', { category: 'killed', value: 19, group: 'enemy fighters' }],
    ['The group recorded more than 4,000 killings in the crackdown.', { category: 'killed', value: 4000, qualifier: 'more_than' }],
    ['Witnesses said the attack left dozens dead.', { category: 'killed', value: 12, qualifier: 'vague' }],
    ['Officials acknowledge more than 900 people died in the unrest.', { category: 'killed', value: 900, qualifier: 'more_than', group: 'people' }],
    ['The number of people killed in the clashes has risen to 41.', { category: 'killed', value: 41 }],
    ['Officials put the death toll at 17.', { category: 'killed', value: 17 }],
    ['Eight people have reportedly been kidnapped.', { category: 'kidnapped', value: 8 }],
  ]);

  it('reads a total and a part of it ("including 1,000 reinforcements")', () => {
    const found = figures('The country sent an estimated total of 9,000 troops, including 1,000 reinforcements, officials said.');
    expect(found.map((f) => [f.category, f.value, f.qualifier, f.group])).toEqual([
      ['deployed', 9000, 'about', 'troops'],
      ['deployed', 1000, 'exact', 'reinforcements'],
    ]);
  });

  it('gives a part ("including six children") the category of its total', () => {
    const found = figures('The strike killed 21 people, including six children.');
    expect(found.map((f) => [f.category, f.value, f.group])).toEqual([
      ['killed', 21, 'people'],
      ['killed', 6, 'children'],
    ]);
  });

  it('gives a part without a group the category of its total ("including 12 in a school")', () => {
    const found = figures('Air strikes killed at least 30 people on Tuesday, including 12 in a school.');
    expect(found.map((f) => `${f.category} ${f.value}`)).toEqual(['killed 30', 'killed 12']);
  });

  it('reads a group and its verb across an aside ("20 soldiers, including three officers, were killed")', () => {
    const found = figures('Twenty soldiers, including three officers, were killed.');
    expect(found.map((f) => `${f.category} ${f.value} ${f.group}`)).toEqual(['killed 20 soldiers', 'killed 3 officers']);
  });

  it('trusts a plural of people by its ending only with verbs said of people', () => {
    expect(only('Police detained 14 cyclists.')).toMatchObject({ category: 'arrested', value: 14, group: 'cyclists' });
    expect(figures('The navy seized 3 tankers.')).toEqual([]);
    expect(figures('Two containers went missing.')).toEqual([]);
  });

  it('reads each number of a sentence with its own frame', () => {
    const found = figures('Seven people died and three were hurt, while police arrested 40 looters.');
    expect(found.map((f) => `${f.category} ${f.value}`)).toEqual(['killed 7', 'injured 3', 'arrested 40']);
  });

  it('does not count the subject of an active verb ("25 gunmen killed 40 villagers")', () => {
    const found = figures('Twenty gunmen killed 40 villagers.');
    expect(found.map((f) => `${f.category} ${f.value}`)).toEqual(['killed 40']);
  });

  it('deploys only troops with "sent"', () => {
    expect(figures('The charity sent 300 blankets and 40 letters.')).toEqual([]);
    expect(figures('The agency sent 12 people home.')).toEqual([]);
  });
});

describe('what a figure records', () => {
  it('keeps text, number and trigger spans that match the text', () => {
    const text = 'Officials said that rebels killed a unit of 25 soldiers near the border.';
    const f = only(text);
    expect(f.text).toBe('killed a unit of 25 soldiers');
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(text.slice(f.number.start, f.number.end)).toBe('25');
    expect(text.slice(f.trigger.start, f.trigger.end)).toBe('killed');
    expect(f.rule).toBe('figures/verb-object');
    expect(f.confidence).toBeGreaterThan(0);
    expect(f.confidence).toBeLessThanOrEqual(1);
  });

  it('reads the group as written', () => {
    expect(only('At least 14 Palestinian civilians were killed.').group).toBe('Palestinian civilians');
    expect(only('Police detained 30 women and children.').group).toBe('women and children');
    expect(only('Militants kidnapped 4 foreign aid workers.').group).toBe('foreign aid workers');
    expect(only('Thousands of people were displaced.').group).toBe('people');
  });

  it('reads figures in headlines', () => {
    expect(only('25 Killed in Attack on Market')).toMatchObject({ category: 'killed', value: 25 });
    expect(only('Blast Kills 9 in Northern City')).toMatchObject({ category: 'killed', value: 9 });
  });
});
