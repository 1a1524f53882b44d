import type { ArticleRecord } from './article-record.js';

/** A record with every optional field set, for tests. */
export function fullRecord(): ArticleRecord {
  const text = 'Kim Jong Un met Putin in Kursk on Monday. Ukraine said it killed 25 North Korean soldiers, including three officers, KCNA said. The 25 dead were';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  return {
    '@id': 'urn:newsgraph:article:0123456789abcdef',
    '@type': 'NewsArticle',
    identifier: 'a-1',
    url: 'https://example.org/a-1',
    headline: 'Kim meets Putin',
    datePublished: '2025-04-28',
    datePublishedSource: 'input',
    text,
    image: [{ '@type': 'ImageObject', caption: 'Kim and Putin.', creditText: 'AP Photo/Jane Doe' }],
    people: [
      { '@id': 'urn:newsgraph:person:kim-jong-un', '@type': 'Person', name: 'Kim Jong Un', alternateName: ['Kim'], mentions: [at('Kim Jong Un')], jobTitle: 'leader', confidence: 0.93 },
      { '@id': 'urn:newsgraph:person:vladimir-putin', '@type': 'Person', name: 'Vladimir Putin', mentions: [at('Putin')], confidence: 0.8 },
    ],
    places: [
      {
        '@id': 'urn:newsgraph:place:kursk', '@type': 'Place', name: 'Kursk', mentions: [at('Kursk')], addressCountry: 'RU',
        geo: { latitude: 51.73733, longitude: 36.18735 }, sameAs: ['https://sws.geonames.org/538560/'], confidence: 0.95,
      },
      { '@id': 'urn:newsgraph:place:ukraine', '@type': 'Place', name: 'Ukraine', mentions: [at('Ukraine')], addressCountry: 'UA', confidence: 0.95 },
    ],
    organizations: [
      { '@id': 'urn:newsgraph:organization:kcna', '@type': 'Organization', name: 'Korean Central News Agency', alternateName: ['KCNA'], mentions: [at('KCNA')], addressCountry: 'KP', confidence: 0.9 },
    ],
    dates: [{ ...at('Monday'), type: 'date', value: '2025-04-28', anchor: 'datePublished' }],
    casualties: [
      {
        '@id': 'urn:newsgraph:figure:0123456789abcdef:1', category: 'killed', value: 25, minValue: 25, maxValue: 25, qualifier: 'exact',
        group: 'North Korean soldiers', attributedTo: 'urn:newsgraph:place:ukraine', source: 'Ukraine', cumulative: false, ...at('killed 25 North Korean soldiers'),
        mentions: [at('25 dead')],
      },
      {
        '@id': 'urn:newsgraph:figure:0123456789abcdef:2', category: 'killed', value: 3, minValue: 3, maxValue: 3, qualifier: 'exact',
        group: 'officers', partOf: 'urn:newsgraph:figure:0123456789abcdef:1', ...at('three officers'),
      },
    ],
    events: [
      {
        '@id': 'urn:newsgraph:event:0123456789abcdef:1', '@type': 'Event', eventType: 'attack',
        acled: { eventType: 'Battles', subEventType: 'Armed clash' }, trigger: at('killed'), startDate: '2025-04-28', endDate: null,
        location: 'urn:newsgraph:place:kursk',
        inferred: ['startDate'],
        participants: [{ role: 'actor', entity: 'urn:newsgraph:place:ukraine' }, { role: 'speaker', entity: 'urn:newsgraph:organization:kcna' }],
        figures: ['urn:newsgraph:figure:0123456789abcdef:1'], attributedTo: ['urn:newsgraph:organization:kcna'],
        evidence: { start: 42, end: text.length }, confidence: 0.8,
      },
    ],
    issues: [{ code: 'truncated_text', message: 'the text ends mid-sentence' }],
  };
}
