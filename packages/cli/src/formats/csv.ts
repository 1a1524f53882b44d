import type { ArticleRecord, CasualtyFigure, Entity, Event } from '@newsgraph/models';
import type { Formatter, RecordContext } from './formatter.js';

/**
 * The CSV header, in order. Stable: new columns are only ever appended, none is renamed or moved.
 * One row per event (row_type "event") and one per casualty figure that no event links
 * (row_type "figure"). Lists inside a cell are separated by "; ".
 */
export const CSV_COLUMNS = [
  'article_id', // the record's @id (urn:newsgraph:article:…)
  'identifier', // the id given on input, if any
  'url', // the url given on input, if any
  'headline',
  'date_published', // YYYY-MM-DD, empty when unknown
  'row_type', // event | figure
  'event_id',
  'event_type', // newsgraph's event type (battle, attack, protest, …)
  'acled_event_type', // ACLED codebook event type, when in ACLED's scope
  'acled_sub_event_type',
  'start_date', // TIMEX3 value (2025-04-24, 2025-W17, …)
  'end_date',
  'location_id', // the place's @id
  'location_name',
  'location_country', // ISO 3166-1 alpha-2
  'latitude',
  'longitude',
  'actors', // names of participants with role actor
  'targets', // … role target
  'victims', // … role victim
  'other_participants', // "role: name" for speakers and other participants
  'attributed_to', // names of the sources the event or figure is attributed to
  'figure_id', // event rows: the linked figures, in the same order in every figure column
  'category', // killed | injured | missing | arrested | displaced | deployed | kidnapped
  'value', // the figure as reported
  'min_value',
  'max_value',
  'qualifier', // exact | at_least | more_than | about | up_to | at_most | less_than | range | vague
  'group', // who the figure counts, as written
  'source', // the figure's source as written
  'trigger', // the word(s) the event was read from
  'evidence_text', // event rows: the sentence(s) the event was read from; figure rows: the figure as written
  'evidence_start', // UTF-16 offsets of evidence_text in the article text
  'evidence_end',
  'confidence', // the event's confidence (figure rows: empty)
  'part_of', // per figure: the figure_id of the total it is part of ("including six children"); never add it to that total
  'cumulative', // per figure: "true" for a running total ("since the war began"), else empty
  'inferred', // event rows: the fields not read in the event's own clause (start_date, location)
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRow = Record<CsvColumn, string>;

/** One CSV field, quoted as RFC 4180 requires (when it holds a comma, a double quote, CR or LF). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV record, CRLF-terminated as RFC 4180 has it. */
export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

const str = (v: string | number | null | undefined): string => (v === undefined || v === null ? '' : String(v));

/** Joins the values of a list cell; all-empty lists give an empty cell, while positions are kept otherwise. */
function list(values: string[]): string {
  return values.every((v) => v === '') ? '' : values.join('; ');
}

function emptyRow(): CsvRow {
  return Object.fromEntries(CSV_COLUMNS.map((c) => [c, ''])) as CsvRow;
}

function articleCells(record: ArticleRecord, row: CsvRow): void {
  row.article_id = record['@id'];
  row.identifier = str(record.identifier);
  row.url = str(record.url);
  row.headline = str(record.headline);
  row.date_published = str(record.datePublished);
}

function figureCells(figures: CasualtyFigure[], row: CsvRow): void {
  row.figure_id = list(figures.map((f) => f['@id']));
  row.category = list(figures.map((f) => f.category));
  row.value = list(figures.map((f) => str(f.value)));
  row.min_value = list(figures.map((f) => str(f.minValue)));
  row.max_value = list(figures.map((f) => str(f.maxValue)));
  row.qualifier = list(figures.map((f) => f.qualifier));
  row.group = list(figures.map((f) => str(f.group)));
  row.source = list(figures.map((f) => str(f.source)));
  row.part_of = list(figures.map((f) => str(f.partOf)));
  row.cumulative = list(figures.map((f) => (f.cumulative ? 'true' : '')));
}

/** The CSV rows of one record: its events, then the figures no event links. */
export function csvRows(record: ArticleRecord, text: string | undefined = record.text): CsvRow[] {
  const entities = new Map<string, Entity>();
  for (const e of [...record.people, ...record.places, ...record.organizations]) entities.set(e['@id'], e);
  const name = (id: string | undefined): string => (id === undefined ? '' : (entities.get(id)?.name ?? id));
  const figures = new Map(record.casualties.map((f) => [f['@id'], f]));
  const linked = new Set<string>();
  const rows: CsvRow[] = [];

  for (const ev of record.events) {
    const row = emptyRow();
    articleCells(record, row);
    eventCells(ev, name, entities, text, row);
    const evFigures = ev.figures.flatMap((id) => {
      linked.add(id);
      const f = figures.get(id);
      return f ? [f] : [];
    });
    figureCells(evFigures, row);
    rows.push(row);
  }
  for (const f of record.casualties) {
    if (linked.has(f['@id'])) continue;
    const row = emptyRow();
    articleCells(record, row);
    row.row_type = 'figure';
    row.attributed_to = name(f.attributedTo);
    figureCells([f], row);
    row.evidence_text = f.text;
    row.evidence_start = str(f.start);
    row.evidence_end = str(f.end);
    rows.push(row);
  }
  return rows;
}

function eventCells(
  ev: Event,
  name: (id: string | undefined) => string,
  entities: Map<string, Entity>,
  text: string | undefined,
  row: CsvRow,
): void {
  row.row_type = 'event';
  row.event_id = ev['@id'];
  row.event_type = ev.eventType;
  row.acled_event_type = str(ev.acled?.eventType);
  row.acled_sub_event_type = str(ev.acled?.subEventType);
  row.start_date = str(ev.startDate);
  row.end_date = str(ev.endDate);
  if (ev.location !== undefined) {
    const place = entities.get(ev.location);
    row.location_id = ev.location;
    row.location_name = name(ev.location);
    if (place && place['@type'] !== 'Person') row.location_country = str(place.addressCountry);
    if (place && place['@type'] === 'Place' && place.geo) {
      row.latitude = str(place.geo.latitude);
      row.longitude = str(place.geo.longitude);
    }
  }
  const byRole = (role: string) => list(ev.participants.filter((p) => p.role === role).map((p) => name(p.entity)));
  row.actors = byRole('actor');
  row.targets = byRole('target');
  row.victims = byRole('victim');
  row.other_participants = list(
    ev.participants.filter((p) => !['actor', 'target', 'victim'].includes(p.role)).map((p) => `${p.role}: ${name(p.entity)}`),
  );
  row.attributed_to = list(ev.attributedTo.map(name));
  row.trigger = ev.trigger.text;
  if (text !== undefined) row.evidence_text = text.slice(ev.evidence.start, ev.evidence.end);
  row.evidence_start = str(ev.evidence.start);
  row.evidence_end = str(ev.evidence.end);
  row.confidence = str(ev.confidence);
  // The record's field names, in the CSV's spelling.
  row.inferred = (ev.inferred ?? []).map((f) => (f === 'startDate' ? 'start_date' : f)).join('; ');
}

/** CSV: the header, then each record's rows. */
export function csvFormatter(): Formatter {
  return {
    start: () => csvLine(CSV_COLUMNS),
    record: async (record: ArticleRecord, context?: RecordContext) => csvRecordText(record, context),
    place: (text) => text,
    end: () => '',
  };
}

/** A record's CSV rows. */
export const csvRecordText = (record: ArticleRecord, context?: RecordContext): string =>
  csvRows(record, record.text ?? context?.text)
    .map((row) => csvLine(CSV_COLUMNS.map((c) => row[c])))
    .join('');
