import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '@newsgraph/models';
import { FULL_RECORD, FULL_TEXT } from '../testing/full-record.fixture.js';
import { CSV_COLUMNS, csvField, csvFormatter, csvLine, csvRows } from './csv.js';

const bare: ArticleRecord = {
  '@id': 'urn:newsgraph:article:00000000000000aa',
  '@type': 'NewsArticle',
  datePublishedSource: 'none',
  image: [],
  people: [],
  places: [],
  organizations: [],
  dates: [],
  casualties: [],
  events: [],
  issues: [],
};

describe('csvField / csvLine (RFC 4180)', () => {
  it('leaves plain fields alone', () => {
    expect(csvField('Goma')).toBe('Goma');
    expect(csvField('')).toBe('');
    expect(csvField("it's 12")).toBe("it's 12");
  });
  it('quotes fields with a comma, a double quote, CR or LF, doubling quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\rtwo')).toBe('"one\rtwo"');
  });
  it('ends records with CRLF', () => {
    expect(csvLine(['a', 'b,c', ''])).toBe('a,"b,c",\r\n');
  });
});

describe('CSV_COLUMNS', () => {
  it('is the documented, stable header (append only)', () => {
    expect(CSV_COLUMNS.slice(0, 6)).toEqual(['article_id', 'identifier', 'url', 'headline', 'date_published', 'row_type']);
    expect(CSV_COLUMNS).toHaveLength(38);
    expect(new Set(CSV_COLUMNS).size).toBe(CSV_COLUMNS.length);
    expect(CSV_COLUMNS).toContain('acled_sub_event_type');
    // The first release ended at confidence; later columns follow it.
    expect(CSV_COLUMNS[34]).toBe('confidence');
    expect(CSV_COLUMNS.slice(35)).toEqual(['part_of', 'cumulative', 'inferred']);
  });
});

describe('csvRows', () => {
  it('says which figure is part of which total, which is a running total, and what of an event was inferred', () => {
    const [total, part] = FULL_RECORD.casualties.length >= 2 ? FULL_RECORD.casualties : [];
    if (!total || !part) throw new Error('the fixture needs two figures');
    const record: ArticleRecord = {
      ...FULL_RECORD,
      casualties: FULL_RECORD.casualties.map((f) => (f === part ? { ...f, partOf: total['@id'] } : f === total ? { ...f, cumulative: true } : f)),
      events: FULL_RECORD.events.map((e, i) => (i === 0 ? { ...e, inferred: ['startDate', 'location'] as ('startDate' | 'location')[] } : e)),
    };
    const rows = csvRows(record);
    const cells = (id: string, column: 'part_of' | 'cumulative') =>
      rows.flatMap((r) => r.figure_id.split('; ').flatMap((fid, k) => (fid === id ? [r[column].split('; ')[k] ?? r[column]] : [])));
    expect(cells(part['@id'], 'part_of')[0]).toBe(total['@id']);
    expect(cells(total['@id'], 'cumulative')[0]).toBe('true');
    expect(rows[0]!.inferred).toBe('start_date; location');
    expect(csvRows(FULL_RECORD)[0]!.inferred).toBe('');
  });

  it('gives no rows for a record without events or figures', () => {
    expect(csvRows(bare)).toEqual([]);
  });

  it('gives one row per event and one per figure no event links', () => {
    const rows = csvRows(FULL_RECORD);
    expect(rows.map((r) => r.row_type)).toEqual(['event', 'event', 'figure']);
    expect(rows.every((r) => r.article_id === FULL_RECORD['@id'] && r.headline === FULL_RECORD.headline)).toBe(true);
  });

  it('fills an event row: types, dates, place, participants by role, sources, evidence', () => {
    const [attack] = csvRows(FULL_RECORD);
    expect(attack).toMatchObject({
      event_type: 'attack',
      acled_event_type: 'Battles',
      acled_sub_event_type: 'Armed clash',
      start_date: '2025-04-22',
      end_date: '',
      location_id: 'urn:newsgraph:place:goma',
      location_name: 'Goma',
      location_country: 'CD',
      latitude: '-1.67409',
      longitude: '29.22845',
      actors: 'M23',
      targets: 'Armed Forces of the DRC',
      victims: '',
      other_participants: 'speaker: Jean-Pierre Mbuyi',
      attributed_to: 'Armed Forces of the DRC',
      trigger: 'attack',
      confidence: '0.8',
    });
    const ev = FULL_RECORD.events[0]!;
    expect(attack!.evidence_text).toBe(FULL_TEXT.slice(ev.evidence.start, ev.evidence.end));
    expect(attack!.evidence_start).toBe(String(ev.evidence.start));
  });

  it('lists the linked figures of an event in the same order in every figure column', () => {
    const [attack] = csvRows(FULL_RECORD);
    expect(attack).toMatchObject({
      figure_id: 'urn:newsgraph:figure:0123456789abcdef:1; urn:newsgraph:figure:0123456789abcdef:2',
      category: 'killed; injured',
      value: '12; 30',
      min_value: '12; 30',
      max_value: '; 40',
      qualifier: 'at_least; range',
      group: 'soldiers; people',
      source: 'the Armed Forces of the DRC; ',
    });
  });

  it('fills a figure row with the figure and its source, no event cells', () => {
    const figure = csvRows(FULL_RECORD)[2]!;
    expect(figure).toMatchObject({
      row_type: 'figure',
      event_id: '',
      event_type: '',
      location_id: '',
      figure_id: 'urn:newsgraph:figure:0123456789abcdef:3',
      category: 'arrested',
      value: '45',
      min_value: '45',
      max_value: '45',
      qualifier: 'exact',
      group: 'protesters',
      source: 'Human Rights Watch',
      attributed_to: 'Human Rights Watch',
      evidence_text: '45 protesters',
      confidence: '',
    });
  });

  it('takes the evidence text from the context when the record has no text', () => {
    const { text: _t, ...noText } = FULL_RECORD;
    expect(csvRows(noText)[0]!.evidence_text).toBe('');
    expect(csvRows(noText, FULL_TEXT)[0]!.evidence_text).toBe(csvRows(FULL_RECORD)[0]!.evidence_text);
  });

  it('falls back to the @id when a linked entity is not in the record', () => {
    const r = structuredClone(FULL_RECORD);
    r.events[0]!.participants = [{ role: 'victim', entity: 'urn:newsgraph:person:someone-else' }];
    expect(csvRows(r)[0]!.victims).toBe('urn:newsgraph:person:someone-else');
  });
});

describe('csvFormatter', () => {
  it('writes the header first and each row with the header\'s number of fields', async () => {
    const f = csvFormatter();
    const head = f.start();
    expect(head).toBe(CSV_COLUMNS.join(',') + '\r\n');
    const body = await f.record(FULL_RECORD);
    expect(body.endsWith('\r\n')).toBe(true);
    expect(await f.record(bare)).toBe('');
    expect(f.end()).toBe('');
  });
});
