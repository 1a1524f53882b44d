import type { Token } from '../doc/doc.js';
import type { FigureLexicon, Trigger } from './lexicons.js';
import type { PhraseMatch } from '../text/token-phrases.js';

/**
 * What follows a number:
 * - `group`: people it counts ("25 North Korean soldiers", "thousands of people");
 * - `count`: a noun that is itself counted ("7,000 killings", "3,000 reinforcements");
 * - `thing`: a noun for something other than people ("seven sections", "two rounds", "10 days");
 * - `none`: no noun ("25 were killed", "killed 25 in Kursk").
 */
export interface GroupReading {
  kind: 'none' | 'group' | 'count' | 'thing';
  /** Tokens [start, end) of the group as written, empty when there is none. */
  start: number;
  end: number;
  /** Tokens up to which the noun phrase runs (the counted noun included). */
  phraseEnd: number;
  /** The group is troops, soldiers, police… */
  military: boolean;
  /** The counted noun, for kind `count`. */
  count?: PhraseMatch<Trigger>;
  /**
   * For kind `thing`: its head is a plural noun for people by its ending ("looters", "spectators")
   * although not in the list, tokens [start, end) of the group it would be.
   */
  personLike?: { start: number; end: number };
}

const MAX_WORDS = 6;
const HYPHENS = new Set(['-', '–']);
const MODIFIER_POS = new Set(['ADJ', 'PROPN', 'NOUN']);
/** Capitalised plural demonyms and peoples not in the list: "Palestinians", "Israelis", "Sudanese". */
const DEMONYM = /^\p{Lu}\p{L}+(?:ans|is|ese|ites|ers)$/u;
/** Plural agent nouns: "looters", "spectators", "cyclists", "Syrians", "employees". */
const PERSON_ENDING = /\p{L}{2}(?:ers|ors|ists|ians|ees)$/u;

const isRightTrigger = (t: Trigger) => t.frame === 'verb' || t.frame === 'intrans' || t.frame === 'adj';
const isCount = (t: Trigger) => t.frame === 'count';

export function isGroupHead(t: Token, lex: FigureLexicon): boolean {
  return lex.groupHeads.has(t.lower) || (t.pos === 'PROPN' && DEMONYM.test(t.text));
}

/** Reads the noun phrase after a number ending at `from` (see GroupReading). */
export function readGroup(tokens: readonly Token[], from: number, limit: number, lex: FigureLexicon, vague: boolean): GroupReading {
  let k = from;
  // "thousands of people", "dozens of protesters"
  if (vague && k + 1 < limit && tokens[k]!.lower === 'of') k++;
  const start = k;
  let head = -1;
  let military = false;
  let nouns = 0;
  let lastNoun = -1;
  for (let steps = 0; k < limit && steps < MAX_WORDS; steps++) {
    const t = tokens[k]!;
    const count = lex.triggers.matchAt(tokens, k, limit, isCount);
    if (count) {
      const countIsGroup = isGroupHead(tokens[count.end - 1]!, lex);
      const militaryCount = lex.militaryHeads.has(tokens[count.end - 1]!.lower);
      if (countIsGroup) return { kind: 'count', start, end: count.end, phraseEnd: count.end, military: militaryCount, count };
      if (head >= 0) return { kind: 'count', start, end: head + 1, phraseEnd: count.end, military, count };
      return { kind: 'count', start: count.start, end: count.start, phraseEnd: count.end, military: false, count };
    }
    // "took 25 passengers hostage": a trigger ends the group even when it could be one
    if (head >= 0 && lex.triggers.matchAt(tokens, k, limit, isRightTrigger)) break;
    if (isGroupHead(t, lex)) {
      head = k;
      military ||= lex.militaryHeads.has(t.lower);
      k++;
      continue;
    }
    if (head >= 0) {
      // "women and children", "soldiers or police"
      if ((t.lower === 'and' || t.lower === 'or') && k + 1 < limit && isGroupHead(tokens[k + 1]!, lex)) {
        k++;
        continue;
      }
      break;
    }
    if (lex.dateWords.has(t.lower) && t.lower !== 'may') break;
    if (lex.triggers.matchAt(tokens, k, limit, isRightTrigger)) break;
    if (MODIFIER_POS.has(t.pos)) {
      if (t.pos !== 'ADJ') {
        nouns++;
        lastNoun = k;
      }
      k++;
      continue;
    }
    // "pro-government fighters", "US-based"
    if (HYPHENS.has(t.text) && k > start && k + 1 < limit && tokens[k - 1]!.end === t.start && tokens[k + 1]!.start === t.end) {
      k++;
      continue;
    }
    break;
  }
  if (head >= 0) return { kind: 'group', start, end: head + 1, phraseEnd: head + 1, military };
  if (nouns > 0) {
    const thing: GroupReading = { kind: 'thing', start, end: start, phraseEnd: k, military: false };
    if (lastNoun === k - 1 && PERSON_ENDING.test(tokens[lastNoun]!.lower)) thing.personLike = { start, end: k };
    return thing;
  }
  return { kind: 'none', start: from, end: from, phraseEnd: k, military: false };
}
