/**
 * Where an article's date can be read when the input does not give it: photo captions ("…, Monday,
 * April 28, 2025."), a dateline at the start of the body ("LONDON, March 3 (Reuters) - …"), or full
 * dates written in the body.
 */
import { strict as chronoStrict } from 'chrono-node/en';
import type { Doc, Section } from '../doc/doc.js';
import { type Ymd, compareYmd, dayNumber, isValidYmd } from './calendar.js';
import { type DateTimex, fullDate, isDateTimex } from './meaning.js';
import { clauseTense, tokenRange } from './tense.js';
import { spanIndexAt } from '../doc/search.js';

/** The section that holds character `at`, if any. */
export function sectionAt(doc: Doc, at: number): Section | undefined {
  return doc.sections[spanIndexAt(doc.sections, at)];
}

const latest = (dates: Ymd[]): Ymd | undefined => dates.reduce<Ymd | undefined>((best, d) => (!best || compareYmd(d, best) > 0 ? d : best), undefined);

/** Archive photos ("FILE - In this March 3, 2019 photo …") are not dated by the article. */
const FILE_PHOTO = /^\s*FILE\b|\bfile (?:photo|picture|image)\b/i;

function timexes(doc: Doc): DateTimex[] {
  return doc.timexes.filter((t): t is DateTimex => isDateTimex(t) && !t.dropped);
}

/** The latest full date written in a photo caption (not an archive photo's). */
export function captionDate(doc: Doc): Ymd | undefined {
  const dates: Ymd[] = [];
  for (const t of timexes(doc)) {
    const section = sectionAt(doc, t.start);
    if (section?.kind !== 'caption') continue;
    if (FILE_PHOTO.test(doc.text.slice(section.start, section.end))) continue;
    const d = fullDate(t.meaning);
    if (d) dates.push(d);
  }
  // Captions kept outside the text (no span): read their dates directly.
  for (const image of doc.images) {
    if (image.span || FILE_PHOTO.test(image.caption)) continue;
    for (const r of chronoStrict.parse(image.caption, new Date(Date.UTC(2000, 0, 1)))) {
      const c = r.start;
      if (c.isCertain('year') && c.isCertain('month') && c.isCertain('day')) dates.push({ year: c.get('year')!, month: c.get('month')!, day: c.get('day')! });
    }
  }
  return latest(dates);
}

/**
 * A dateline's span at the start of a body paragraph: an upper-case place, optional region and
 * date, an optional agency in brackets, then a dash. "KYIV, Ukraine (AP) — …",
 * "LONDON, March 3 (Reuters) - …", "TEHRAN, Feb 17 (AFP) – …", "WASHINGTON — …".
 */
export function datelineSpan(text: string, start: number): { start: number; end: number } | undefined {
  const head = text.slice(start, start + 160);
  const m = /^(.{2,120}?)(?:\s+[-–—]+|\s*[–—]+|(?<=\))\s*-+)(?:\s|$)/.exec(head);
  if (!m) return undefined;
  const prefix = m[1]!;
  if (!/^[A-Z][A-Z.'’\- ]*[A-Z.](?=[,(\s]|$)/.test(prefix)) return undefined;
  if (!/^[A-Z][A-Z.'’\- ]*[A-Z.](?:,\s*[^,()]{1,40}){0,3}(?:\s*\([^()]{1,40}\))?$/.test(prefix)) return undefined;
  return { start, end: start + prefix.length };
}

/** The date of the article's dateline; a dateline without a year takes the year nearest `reference`. */
export function datelineDate(doc: Doc, reference: Ymd | undefined): Ymd | undefined {
  const body = doc.sections.find((s) => s.kind === 'body');
  if (!body) return undefined;
  const span = datelineSpan(doc.text, body.start);
  if (!span) return undefined;
  for (const t of timexes(doc)) {
    if (t.start < span.start || t.end > span.end) continue;
    const m = t.meaning;
    if (m.kind !== 'calendar' || m.month === undefined || m.day === undefined) continue;
    if (m.year !== undefined) return isValidYmd(m.year, m.month, m.day) ? { year: m.year, month: m.month, day: m.day } : undefined;
    if (!reference) return undefined;
    const options = [reference.year - 1, reference.year, reference.year + 1]
      .filter((year) => isValidYmd(year, m.month!, m.day!))
      .map((year) => ({ year, month: m.month!, day: m.day! }));
    const at = dayNumber(reference);
    return options.sort((a, b) => Math.abs(dayNumber(a) - at) - Math.abs(dayNumber(b) - at))[0];
  }
  return undefined;
}

/**
 * Full dates written in the headline and body (not captions), without those of future clauses
 * ("the vote will be held on March 3, 2027"): an article is written after what it reports.
 */
export function textDates(doc: Doc): Ymd[] {
  const out: Ymd[] = [];
  for (const t of timexes(doc)) {
    const section = sectionAt(doc, t.start);
    if (!section || section.kind === 'caption') continue;
    const d = fullDate(t.meaning);
    if (!d) continue;
    const range = tokenRange(doc, t.start, t.end);
    if (range && clauseTense(doc, range[0], range[1]) === 'future') continue;
    out.push(d);
  }
  return out;
}

/** The latest full date of the text that no future clause gives. */
export function textDate(doc: Doc): Ymd | undefined {
  return latest(textDates(doc));
}
