/**
 * Publication dates as inputs give them: ISO 8601 dates and date-times ("2025-04-28",
 * "2025-04-28T10:00:00+03:00", "20250428"), RFC 2822 ("Mon, 28 Apr 2025 10:00:00 +0000"), and as a
 * last resort any full date chrono-node reads strictly ("April 28, 2025"). The date is the one
 * written (the publisher's local date), not converted to UTC.
 */
import { strict as chronoStrict } from 'chrono-node/en';
import { type Ymd, isValidYmd } from './calendar.js';
import { MONTHS } from './words.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}(?::?\d{2}(?::?\d{2}(?:[.,]\d+)?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const ISO_BASIC = /^(\d{4})(\d{2})(\d{2})(?:T\d{2,6}(?:[.,]\d+)?(?:Z|[+-]\d{2,4})?)?$/i;
const RFC_2822 = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[+-]\d{4}|[a-z]{1,5}))?)?$/i;

function ymd(year: number, month: number, day: number): Ymd | undefined {
  return isValidYmd(year, month, day) ? { year, month, day } : undefined;
}

/** The calendar date of a publication date or date-time as written, or undefined. */
export function parsePublished(input: string): Ymd | undefined {
  const s = input.trim();
  if (!s) return undefined;
  const iso = ISO.exec(s) ?? ISO_BASIC.exec(s);
  if (iso) return ymd(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const rfc = RFC_2822.exec(s);
  if (rfc) {
    const month = MONTHS.get(rfc[2]!.toLowerCase());
    return month === undefined ? undefined : ymd(Number(rfc[3]), month, Number(rfc[1]));
  }
  if (s.length > 60) return undefined;
  const r = chronoStrict.parse(s, new Date(Date.UTC(2000, 0, 1)))[0];
  if (!r || r.index > 4 || !r.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day')) return undefined;
  return ymd(r.start.get('year')!, r.start.get('month')!, r.start.get('day')!);
}
