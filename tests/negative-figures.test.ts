/**
 * Numbers that are no casualty figures. Each sentence goes through the stages up to the figures
 * (sentences, dates, figures) and must leave no figure behind.
 */
import { describe, expect, it } from 'vitest';
import { createDoc } from '../packages/extractor/src/doc/doc.js';
import { resolveOptions } from '../packages/extractor/src/options.js';
import { detectDates } from '../packages/extractor/src/stages/detect-dates.js';
import { detectFigures } from '../packages/extractor/src/stages/detect-figures.js';
import { resolveDatePublished } from '../packages/extractor/src/stages/resolve-date-published.js';
import { resolveDates } from '../packages/extractor/src/stages/resolve-dates.js';
import { resolveFigures } from '../packages/extractor/src/stages/resolve-figures.js';
import { segmentSentences } from '../packages/extractor/src/stages/segment-sentences.js';

const STAGES = [segmentSentences, detectDates, resolveDatePublished, resolveDates, detectFigures, resolveFigures];
const options = resolveOptions({ published: '2025-05-01' });

function figures(text: string): string[] {
  const doc = createDoc({ text });
  for (const stage of STAGES) stage.run(doc, options);
  return doc.figures.filter((f) => !f.dropped).map((f) => `${f.category} ${f.value} "${f.text}"`);
}

const NEGATIVES: Record<string, string[]> = {
  // The constructions the first issue named, each beside a casualty word that must not take it.
  'ages, page counts, team sizes, majorities and durations (issue list)': [
    'Takaichi, 64, became premier days after the deadly attack.',
    'Takaichi, 64, said nobody was hurt.',
    'The 60-page draft report on the killings was published on Monday.',
    'The report was written by a five-member writing team after the arrests.',
    'The party won a two-thirds majority as protesters were detained.',
    'The activist was detained for two years without trial.',
  ],
  ages: [
    'Ruto, 57, was arrested at his home on Friday.',
    'The suspect, aged 64, was detained by police.',
    'A 64-year-old man was killed when the wall fell.',
    'Miriam (71) died of her injuries.',
    'The driver, 23 years old, was hurt.',
  ],
  'dates and years': [
    'The clerics have ruled since the 1979 revolution.',
    'The 1994 genocide killed many.',
    'Protesters were killed on January 8 and 9.',
    'Troops were deployed on 14 March 2024.',
    'In 2014, police arrested the leaders.',
    'He was jailed on March 3, 2021, in the capital.',
  ],
  money: [
    'The attack that killed the mayor cost $5 million in damage.',
    'Officials paid €40,000 to families of those killed.',
    'The fund for the injured reached 3 million dollars.',
  ],
  percentages: [
    'Turnout fell 40% after protesters were arrested.',
    'About 60 percent of the displaced live in camps.',
    'Prices rose 12 per cent as troops were deployed.',
  ],
  'page counts, team sizes and compounds': [
    'The 60-page report says civilians were killed.',
    'A five-member team investigated the killings.',
    'The 2,000-strong force was deployed in the north.',
    'A 24-hour curfew followed the killings.',
  ],
  'majorities, fractions and votes': [
    'The party won a two-thirds majority after rivals were arrested.',
    'Lawmakers voted 300 to 12 to condemn the killings.',
    'The motion passed with 280 votes after the arrests.',
    'One in five residents fled.',
    'Half of those injured were children.',
  ],
  durations: [
    'He was jailed for two years.',
    'The ceasefire came 10 days after the killings.',
    'Troops were deployed for six months.',
    'The protesters were detained for 48 hours.',
  ],
  ordinals: [
    'Mourners marked the 40th day since the killings.',
    'It was the first time troops were deployed there.',
    'A second round of arrests followed.',
  ],
  'counts of things': [
    'The report is organized into seven sections on the killings.',
    'Two rounds of talks failed after the arrests.',
    'Police seized 300 weapons and arrested the owners.',
    'The army deployed 40 tanks to the border.',
    'The strike destroyed 12 homes.',
    'Over 300 buildings were evacuated.',
    'The navy sent 3 warships to the gulf.',
  ],
  'slogans, chants and banners': [
    'In the city a crowd chanted, "One person killed, thousands have his back", a video showed.',
    'Banners reading "100 killed, we will not forget" were held up.',
    'Protesters shouted "Ten thousand arrested, millions rising" outside the court.',
    '"Fifty killed, who is next?" the crowd chanted.',
  ],
  partitives: [
    'They released a video showing one of the slain soldiers.',
    'Three of the wounded died later in hospital.',
    'Two of them were arrested.',
  ],
  'no number': [
    'They took heavy casualties but adapted quickly.',
    'Those killed were buried on Friday.',
    'Many people were arrested.',
    'Security forces killed protesters in the square.',
  ],
  'comparisons and negations': [
    'Rights groups say many more thousands of people were killed.',
    'No one was hurt in the blast.',
    'None of the 25 passengers were hurt.',
  ],
  'labels, codes and times': [
    'COVID-19 patients were evacuated from the ward.',
    'Flight 370 went missing in 2014.',
    "Asia's number two economy sent troops abroad.",
    'At 10 p.m. police arrested the leaders.',
    'Resolution 2231 was adopted after the arrests.',
  ],
  'releases and rescues': ['Hamas freed 20 hostages on Monday.', 'The army released 40 detainees.', 'The new dam saved 300 lives.'],
  'active subjects': ['Twenty gunmen stormed the village.', 'Two gunmen killed a guard.', 'Three militants wounded him.'],
};

describe('numbers that are no casualty figures', () => {
  for (const [kind, sentences] of Object.entries(NEGATIVES)) {
    describe(kind, () => {
      it.each(sentences)('%s', (text) => {
        expect(figures(text)).toEqual([]);
      });
    });
  }
});
