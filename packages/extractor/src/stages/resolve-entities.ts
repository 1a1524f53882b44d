import type { MentionCandidate } from '../doc/candidates.js';
import { bySpan, contains, overlaps } from '../doc/span.js';
import { acronymMatches, isShortForm } from '../entities/acronyms.js';
import type { Stage } from './stage.js';

/**
 * Rules that extend a name by a lower-case head word after it ("the Imam Reza shrine", "Tasnim
 * news agency"): the records count the head as part of the name, which a tagger trained on
 * CoNLL-2003 never does. Where such a candidate holds another one, the longer one is the name.
 */
const EXTENDING_RULES = new Set(['entities/place-head', 'entities/org-tail']);

function better(a: MentionCandidate, b: MentionCandidate): boolean {
  const aHoldsB = contains(a, b);
  const bHoldsA = contains(b, a);
  if (aHoldsB && !bHoldsA && EXTENDING_RULES.has(a.rule)) return true;
  if (bHoldsA && !aHoldsB && EXTENDING_RULES.has(b.rule)) return false;
  return a.confidence > b.confidence || (a.confidence === b.confidence && a.end - a.start > b.end - b.start);
}

/** The winner keeps what the loser knew of the same name: a job title, a gazetteer entry, a demonym. */
function inherit(winner: MentionCandidate, loser: MentionCandidate): void {
  if (winner.start !== loser.start || winner.end !== loser.end || winner.type !== loser.type) return;
  winner.jobTitle ??= loser.jobTitle;
  winner.gazetteerId ??= loser.gazetteerId;
  if (loser.demonym) winner.demonym ??= loser.demonym;
}

/**
 * Settles overlapping name candidates (the tagger's and the rules'), first against the names of
 * no record type the tagger read (doc.otherNames), then among themselves: the more confident one wins,
 * the longer one on a tie, and a name extended by its head word over the name without it. Losers
 * stay in doc.mentions, marked `dropped` with the winner's rule.
 */
export const resolveEntities: Stage = {
  name: 'resolve-entities',
  run(doc) {
    // "FOIP" for "Free and Open Indo-Pacific": the short form of a name of no record type is none either.
    const others = doc.otherNames.map((o) => doc.text.slice(o.start, o.end)).filter((t) => /[\s-]/.test(t));
    for (const m of doc.mentions) {
      if (m.dropped) continue;
      const other = doc.otherNames.find((o) => overlaps(o, m) && o.confidence > m.confidence);
      if (other) m.dropped = `overlaps ${other.rule}`;
      else if (isShortForm(m.text) && others.some((t) => acronymMatches(m.text, t))) m.dropped = 'short form of entities/tagger-misc';
    }
    const ms = doc.mentions.filter((m) => !m.dropped).sort(bySpan);
    let last: MentionCandidate | undefined;
    for (const m of ms) {
      if (last && overlaps(last, m)) {
        if (better(m, last)) {
          last.dropped = `overlaps ${m.rule}`;
          inherit(m, last);
          last = m;
        } else {
          m.dropped = `overlaps ${last.rule}`;
          inherit(last, m);
        }
        continue;
      }
      last = m;
    }
  },
};
