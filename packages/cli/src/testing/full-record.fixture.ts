import type { ArticleRecord } from '@newsgraph/models';

/**
 * A hand-made ArticleRecord with every optional field filled (people with jobTitle and sameAs,
 * places with geo/addressCountry/sameAs, organisations, dates, figures linked and not linked to
 * events, events with acled/participants/figures/attributedTo, issues, image credits, text), so that
 * the formats can be tested on records richer than the extractor gives today. Its text holds what
 * trips up serialisers: quotes, commas, a line break, `<`/`>`, a blank-node-like "_:b0", a
 * character outside the BMP (offsets are UTF-16) and non-ASCII letters.
 */
export const FULL_TEXT = [
  'M23 Rebels Attack Army Base Near Goma, "Dozens" Hurt',
  'Soldiers guard the base in Goma, DR Congo, on 22 April 2025.',
  'M23 rebels killed at least 12 soldiers in an attack on an army base near Goma on Tuesday, the Armed Forces of the DRC said. ' +
    'Colonel Jean-Pierre Mbuyi, the army spokesman, said between 30 and 40 people were injured 🙁.',
  'In Kinshasa, police arrested 45 protesters on Wednesday, according to Human Rights Watch; one placard read "<no> to war, _:b0".\nOthers fled.',
].join('\n\n');

const ARTICLE = '0123456789abcdef';
const at = (s: string, from = 0) => {
  const start = FULL_TEXT.indexOf(s, from);
  if (start < 0) throw new Error(`fixture text lacks ${JSON.stringify(s)}`);
  return { start, end: start + s.length };
};
const mention = (s: string, from = 0) => ({ ...at(s, from), text: s });

const killed = at('at least 12 soldiers');
const injured = at('between 30 and 40 people were injured');
const arrested = at('45 protesters');
const attackSentence = at('M23 rebels killed at least 12 soldiers in an attack on an army base near Goma on Tuesday, the Armed Forces of the DRC said. ');
const arrestSentence = at('In Kinshasa, police arrested 45 protesters on Wednesday, according to Human Rights Watch; one placard read "<no> to war, _:b0".\nOthers fled.');

export const FULL_RECORD: ArticleRecord = {
  '@id': `urn:newsgraph:article:${ARTICLE}`,
  '@type': 'NewsArticle',
  identifier: 'fixture-1',
  url: 'https://example.org/news/m23-goma?id=1&lang=en',
  headline: 'M23 Rebels Attack Army Base Near Goma, "Dozens" Hurt',
  datePublished: '2025-04-24',
  datePublishedSource: 'input',
  text: FULL_TEXT,
  image: [{ '@type': 'ImageObject', caption: 'Soldiers guard the base in Goma, DR Congo, on 22 April 2025.', creditText: 'Reuters/Jane Doe' }],
  people: [
    {
      '@id': 'urn:newsgraph:person:jean-pierre-mbuyi',
      '@type': 'Person',
      name: 'Jean-Pierre Mbuyi',
      alternateName: ['Mbuyi'],
      mentions: [mention('Jean-Pierre Mbuyi')],
      jobTitle: 'army spokesman',
      sameAs: ['https://www.wikidata.org/wiki/Q0000001'],
      confidence: 0.9,
    },
  ],
  places: [
    {
      '@id': 'urn:newsgraph:place:goma',
      '@type': 'Place',
      name: 'Goma',
      mentions: [mention('Goma'), mention('Goma', at('Goma').end)],
      addressCountry: 'CD',
      geo: { latitude: -1.67409, longitude: 29.22845 },
      sameAs: ['https://sws.geonames.org/215605/'],
      confidence: 0.95,
    },
    {
      '@id': 'urn:newsgraph:place:kinshasa',
      '@type': 'Place',
      name: 'Kinshasa',
      mentions: [mention('Kinshasa')],
      addressCountry: 'CD',
      geo: { latitude: -4.32758, longitude: 15.31357 },
      confidence: 0.97,
    },
  ],
  organizations: [
    {
      '@id': 'urn:newsgraph:organization:m23',
      '@type': 'Organization',
      name: 'M23',
      mentions: [mention('M23')],
      confidence: 0.85,
    },
    {
      '@id': 'urn:newsgraph:organization:armed-forces-of-the-drc',
      '@type': 'Organization',
      name: 'Armed Forces of the DRC',
      alternateName: ['FARDC', 'army'],
      mentions: [mention('Armed Forces of the DRC')],
      addressCountry: 'CD',
      confidence: 0.8,
    },
    {
      '@id': 'urn:newsgraph:organization:human-rights-watch',
      '@type': 'Organization',
      name: 'Human Rights Watch',
      mentions: [mention('Human Rights Watch')],
      addressCountry: 'US',
      sameAs: ['https://www.wikidata.org/wiki/Q187052'],
      confidence: 0.99,
    },
  ],
  dates: [
    { text: 'Tuesday', ...at('Tuesday'), type: 'date', value: '2025-04-22', anchor: 'datePublished' },
    { text: 'Wednesday', ...at('Wednesday'), type: 'date', value: '2025-04-23', anchor: 'datePublished' },
    { text: '22 April 2025', ...at('22 April 2025'), type: 'date', value: '2025-04-22', anchor: 'absolute' },
  ],
  casualties: [
    {
      '@id': `urn:newsgraph:figure:${ARTICLE}:1`,
      category: 'killed',
      value: 12,
      minValue: 12,
      maxValue: null,
      qualifier: 'at_least',
      group: 'soldiers',
      attributedTo: 'urn:newsgraph:organization:armed-forces-of-the-drc',
      source: 'the Armed Forces of the DRC',
      text: 'at least 12 soldiers',
      ...killed,
    },
    {
      '@id': `urn:newsgraph:figure:${ARTICLE}:2`,
      category: 'injured',
      value: 30,
      minValue: 30,
      maxValue: 40,
      qualifier: 'range',
      group: 'people',
      attributedTo: 'urn:newsgraph:person:jean-pierre-mbuyi',
      text: 'between 30 and 40 people were injured',
      ...injured,
    },
    {
      '@id': `urn:newsgraph:figure:${ARTICLE}:3`,
      category: 'arrested',
      value: 45,
      minValue: 45,
      maxValue: 45,
      qualifier: 'exact',
      group: 'protesters',
      attributedTo: 'urn:newsgraph:organization:human-rights-watch',
      source: 'Human Rights Watch',
      text: '45 protesters',
      ...arrested,
    },
  ],
  events: [
    {
      '@id': `urn:newsgraph:event:${ARTICLE}:1`,
      '@type': 'Event',
      eventType: 'attack',
      acled: { eventType: 'Battles', subEventType: 'Armed clash' },
      trigger: { text: 'attack', ...at('attack') },
      startDate: '2025-04-22',
      endDate: null,
      location: 'urn:newsgraph:place:goma',
      participants: [
        { role: 'actor', entity: 'urn:newsgraph:organization:m23' },
        { role: 'target', entity: 'urn:newsgraph:organization:armed-forces-of-the-drc' },
        { role: 'speaker', entity: 'urn:newsgraph:person:jean-pierre-mbuyi' },
      ],
      figures: [`urn:newsgraph:figure:${ARTICLE}:1`, `urn:newsgraph:figure:${ARTICLE}:2`],
      attributedTo: ['urn:newsgraph:organization:armed-forces-of-the-drc'],
      evidence: attackSentence,
      confidence: 0.8,
    },
    {
      '@id': `urn:newsgraph:event:${ARTICLE}:2`,
      '@type': 'Event',
      eventType: 'arrest',
      acled: { eventType: 'Strategic developments', subEventType: 'Arrests' },
      trigger: { text: 'arrested', ...at('arrested') },
      startDate: '2025-04-23',
      endDate: '2025-04-23',
      location: 'urn:newsgraph:place:kinshasa',
      participants: [],
      figures: [],
      attributedTo: ['urn:newsgraph:organization:human-rights-watch'],
      evidence: arrestSentence,
      confidence: 0.7,
    },
  ],
  issues: [{ code: 'low_confidence_event', message: 'an event was read with low confidence, "check" it' }],
};
