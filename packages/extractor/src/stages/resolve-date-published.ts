import type { Doc } from '../doc/doc.js';
import type { Ymd } from '../dates/calendar.js';
import { captionDate, datelineDate, textDate, textDates } from '../dates/date-published.js';
import { parsePublished } from '../dates/published.js';
import { ymdValue } from '../dates/timex-value.js';
import type { ResolvedOptions } from '../options.js';
import type { Stage } from './stage.js';

/**
 * The article's date (YYYY-MM-DD) and where it came from, in this order:
 * 1. the input's `published` (ISO date or date-time, RFC 2822); unreadable → issue `invalid_published`;
 * 2. the default `published` of the options (the CLI's --published), for articles that give none: 'input';
 * 3. the latest full date in a photo caption (archive "FILE" photos excepted): 'caption';
 * 4. a dateline at the start of the body; one without a year takes the year nearest the latest
 *    full date of the text, and is left out when there is none: 'dateline';
 * 5. the latest full date in the headline or body outside future clauses: 'text';
 * 6. none, with issue `no_date`.
 */
export const resolveDatePublished: Stage = {
  name: 'resolve-date-published',
  run(doc, options) {
    const found = find(doc, options);
    if (found) {
      doc.datePublished = ymdValue(found.date);
      doc.datePublishedSource = found.source;
      return;
    }
    doc.datePublishedSource = 'none';
    doc.issues.push({ code: 'no_date', message: 'no publication date was given or found in the article; relative dates are left without a value' });
  },
};

function find(doc: Doc, options: ResolvedOptions): { date: Ymd; source: Doc['datePublishedSource'] } | undefined {
  const given = doc.article.published;
  if (given !== undefined && given.trim() !== '') {
    const date = parsePublished(given);
    if (date) return { date, source: 'input' };
    doc.issues.push({ code: 'invalid_published', message: `the publication date ${JSON.stringify(given.slice(0, 80))} is not a date; it was ignored` });
  }
  if (options.published) {
    const date = parsePublished(options.published);
    if (date) return { date, source: 'input' };
  }
  const caption = captionDate(doc);
  if (caption) return { date: caption, source: 'caption' };
  const texts = textDates(doc);
  const reference = texts.length > 0 ? textDate(doc) : undefined;
  const dateline = datelineDate(doc, reference);
  if (dateline) return { date: dateline, source: 'dateline' };
  if (reference) return { date: reference, source: 'text' };
  return undefined;
}
