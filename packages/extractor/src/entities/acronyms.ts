import type { MentionCandidate } from '../doc/candidates.js';
import type { Doc } from '../doc/doc.js';
import { lookupPlace } from '../gazetteer/index.js';

export interface Definition {
  /** The long form's mention. */
  long: MentionCandidate;
  /** The short form's mention (inside the brackets). */
  short: MentionCandidate;
}

/** A short form: an acronym ("PKK", "U.S."), possibly with a word ("DEM Party"). */
export const isShortForm = (s: string): boolean => /^(?:\p{Lu}[\p{Lu}\d.&-]{1,9})(?:\s+\p{Lu}[\p{L}]+)?$/u.test(s);

/**
 * Acronyms and short forms defined in the text: "Liberal Democratic Party (LDP)",
 * "Peoples' Equality and Democracy Party (DEM Party)", and the reverse "the PKK (Kurdistan Workers' Party)".
 * Mentions must be sorted by start.
 */
export function findDefinitions(doc: Doc, mentions: readonly MentionCandidate[]): Definition[] {
  const out: Definition[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const x = mentions[i]!;
    const y = mentions[i + 1]!;
    const between = doc.text.slice(x.end, y.start);
    const after = doc.text.slice(y.end, y.end + 2);
    if (!/^\s*[([]$/.test(between) || !/^\s*[)\]]/.test(after)) continue;
    // "TEHRAN (Reuters) -" is a dateline: a place in capitals is nobody's short form.
    if ((isDatelinePlace(x) && y.type !== 'Place') || (isDatelinePlace(y) && x.type !== 'Place')) continue;
    if (isShortForm(y.text) && !isShortForm(x.text)) out.push({ long: x, short: y });
    else if (isShortForm(x.text) && !isShortForm(y.text)) out.push({ long: y, short: x });
  }
  return out;
}

const isDatelinePlace = (m: MentionCandidate) => m.type === 'Place' && isShortForm(m.text) && lookupPlace(m.text) !== undefined;

const STOP = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'de', 'du', 'des', 'la', 'le', '&']);

/** The initials of a name: "Korean Central News Agency" → "KCNA", "Human Rights Activists News Agency" → "HRANA". */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !STOP.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** Does the acronym stand for the name ("KCNA" ↔ "Korean Central News Agency")? Dots are ignored. */
export function acronymMatches(acronym: string, name: string): boolean {
  const a = acronym.replace(/[.\s]/g, '').toUpperCase();
  if (a.length < 2) return false;
  const i = initials(name);
  return i === a || initials(name.replace(/\b(?:of|the|for|and)\b/gi, 'X')).replace(/X/g, '') === a;
}
