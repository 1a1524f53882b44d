import type { FigureCandidate } from '../doc/candidates.js';
import type { Doc, Sentence } from '../doc/doc.js';
import type { Span } from '../doc/span.js';
import { matchFrame, type FrameMatch } from './frames.js';
import { readGroup } from './group.js';
import { figureLexicon, type FigureLexicon } from './lexicons.js';
import { looksLikeYear, notAFigure } from './not-a-figure.js';
import { mayStartNumber, readNumber, type NumberReading } from './numbers.js';
import { bounds, qualifierBefore, qualifierOverFillers } from './qualifiers.js';
import { sloganSpans } from './slogans.js';
import { tokenRange } from '../doc/search.js';

/** Categories whose verbs are hardly said of things ("seized 3 tankers", "3 containers went missing" are). */
const SAID_OF_PEOPLE = new Set(['killed', 'injured', 'arrested']);

/** Categories one person is counted in: "a soldier was killed", "a nurse was wounded". */
const SINGULAR_CATEGORIES = new Set(['killed', 'injured', 'kidnapped']);

/** Why numbers were passed over, for tests and debugging: number text → reason. */
export type Rejections = { text: string; start: number; reason: string }[];

/**
 * Reads the casualty figures of a doc (sentences and tokens filled, timexes when known):
 * each number, with its qualifier and the people it counts, that a category frame governs.
 * Figures come in text order; nothing is merged or linked here (see resolve-figures).
 */
export function findFigures(doc: Doc, rejections?: Rejections, lex: FigureLexicon = figureLexicon()): FigureCandidate[] {
  const out: FigureCandidate[] = [];
  const timexes = doc.timexes.filter((t) => !t.dropped).map((t) => ({ start: t.start, end: t.end }));
  timexes.sort((a, b) => a.start - b.start);
  let slogans: Span[] | undefined;
  const tokens = doc.tokens;
  for (const sentence of doc.sentences) {
    const inSentence: FigureCandidate[] = [];
    for (let i = sentence.firstToken; i < sentence.endToken; ) {
      if (!mayStartNumber(tokens[i]!, lex)) {
        i++;
        continue;
      }
      const r = readNumber(tokens, i, sentence.endToken, lex);
      if (!r) {
        i++;
        continue;
      }
      i = r.end;
      const numberSpan = { start: tokens[r.start]!.start, end: tokens[r.end - 1]!.end };
      const reject = (reason: string) => rejections?.push({ text: doc.text.slice(numberSpan.start, numberSpan.end), start: numberSpan.start, reason });
      const why = notAFigure(tokens, r, sentence.firstToken, sentence.endToken, lex);
      if (why) {
        reject(why);
        continue;
      }
      if (overlapsSorted(timexes, numberSpan)) {
        reject('timex');
        continue;
      }
      slogans ??= sloganSpans(doc, lex);
      if (slogans.some((s) => s.start <= numberSpan.start && numberSpan.end <= s.end)) {
        reject('slogan');
        continue;
      }
      const figure = readFigure(doc, sentence, r, numberSpan, inSentence, lex, reject);
      if (figure) {
        out.push(figure);
        inSentence.push(figure);
      }
    }
  }
  return out;
}

function readFigure(
  doc: Doc,
  sentence: Sentence,
  r: NumberReading,
  numberSpan: Span,
  previous: readonly FigureCandidate[],
  lex: FigureLexicon,
  reject: (reason: string) => void,
): FigureCandidate | undefined {
  const tokens = doc.tokens;
  const floor = sentence.firstToken;
  const limit = sentence.endToken;
  // "more than 3,000", and over a collective, "an estimated total of 14,000"
  const near = qualifierBefore(tokens, r.start, floor, lex);
  const q = near ?? qualifierOverFillers(tokens, r.start, floor, lex);
  const immediateStart = near ? near.start : r.start;
  const qStart = q ? q.start : r.start;
  let group = readGroup(tokens, r.end, limit, lex, r.vague);
  // "a soldier was killed": one person, when the group is people and the category's verb follows it.
  if (r.article && group.kind !== 'group') return void reject('article');
  // "looters", "spectators": people by the ending of the word; only trusted with verbs said of people
  const guessed = group.kind === 'thing' && group.personLike !== undefined;
  if (group.kind === 'thing') {
    if (!group.personLike) return void reject('thing');
    group = { kind: 'group', ...group.personLike, phraseEnd: group.personLike.end, military: false };
  }
  if (looksLikeYear(tokens, r) && group.kind === 'none') return void reject('year');

  let frame: FrameMatch | undefined = matchFrame({ tokens, floor, limit, start: immediateStart, end: r.end, group }, lex);
  const cue = !frame && immediateStart - 1 >= floor && lex.subsetCues.matchEndingAt(tokens, immediateStart - 1, floor);
  const subsetOf = cue ? lastLarger(previous, r.value) : undefined;
  if (!frame && subsetOf && (group.kind === 'group' || group.kind === 'none')) {
    // "killed 25 people, including six children": the part takes the category of the whole
    frame = {
      category: subsetOf.category,
      rule: 'figures/subset',
      confidence: 0.7,
      trigger: tokenRange(tokens, subsetOf.trigger),
      start: immediateStart,
      end: group.end,
    };
  }
  if (!frame) return void reject('no-frame');
  // One person is counted only where the verb is theirs: right after ("a soldier was killed") or
  // right before ("gunmen killed a policeman"); "a soldier said 20 were killed" counts the 20.
  const verbAfter = frame.trigger.start >= group.end && frame.trigger.start - group.end <= 3;
  const verbBefore = frame.trigger.end === r.start;
  if (r.article && !(SINGULAR_CATEGORIES.has(frame.category) && (verbAfter || verbBefore))) return void reject('article');
  if (guessed && !SAID_OF_PEOPLE.has(frame.category)) return void reject('thing');

  const b = bounds(r, q?.qualifier);
  const groupSpan = frame.groupAfter ?? (group.end > group.start ? { start: group.start, end: group.end } : undefined);
  const startTok = Math.min(frame.start, qStart, immediateStart);
  const endTok = Math.max(frame.end, r.end, groupSpan?.end ?? 0);
  const start = tokens[startTok]!.start;
  const end = tokens[endTok - 1]!.end;
  let confidence = frame.confidence;
  if (r.vague) confidence *= 0.9;
  if (guessed) confidence *= 0.85;
  if (!groupSpan && frame.rule !== 'figures/counted-noun' && frame.rule !== 'figures/toll') confidence *= 0.9;
  const figure: FigureCandidate = {
    rule: frame.rule,
    confidence: Math.round(confidence * 100) / 100,
    text: doc.text.slice(start, end),
    start,
    end,
    category: frame.category,
    value: b.value,
    minValue: b.minValue,
    maxValue: b.maxValue,
    qualifier: b.qualifier,
    number: numberSpan,
    trigger: { start: tokens[frame.trigger.start]!.start, end: tokens[frame.trigger.end - 1]!.end },
    sentence: sentence.index,
  };
  if (groupSpan) figure.group = doc.text.slice(tokens[groupSpan.start]!.start, tokens[groupSpan.end - 1]!.end);
  return figure;
}

/** The last of `figures` with a value above `value`. */
function lastLarger(figures: readonly FigureCandidate[], value: number): FigureCandidate | undefined {
  for (let i = figures.length - 1; i >= 0; i--) if (figures[i]!.value > value) return figures[i];
  return undefined;
}

/** Whether `span` overlaps one of `sorted` (sorted by start). */
function overlapsSorted(sorted: readonly Span[], span: Span): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < span.end) lo = mid + 1;
    else hi = mid;
  }
  // sorted[0..lo) start before span.end; check the ones that may reach into it
  for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (sorted[k]!.end > span.start) return true;
  return false;
}
