import type { Doc } from '../doc/doc.js';
import { dateLexicons } from '../dates/words.js';

/**
 * How a trigger tells its happening, which decides what date it may take when its clause has none:
 * - 'present': "a crowd holds up flowers", "they shout", "is fighting": happening as reported;
 * - 'past': "a crowd chanted", "were killed": the time the narrative is at;
 * - 'perfect': "have been arrested", "has said": some time up to now, or just now for words;
 * - 'pluperfect': "had sent": before a time the text gives;
 * - 'relative': a participle after its noun ("protesters killed in a crackdown", "those killed"):
 *   an earlier happening the clause looks back on;
 * - 'nominal': a noun ("the battle", "the crackdown").
 */
export type Aspect = 'present' | 'past' | 'perfect' | 'pluperfect' | 'relative' | 'nominal';

const SKIP = new Set(['also', 'not', "n't", 'now', 'then', 'still', 'already', 'just', 'reportedly', 'allegedly', 'again', 'formally', 'officially', 'been', 'being', 'all']);
const PERFECT = new Set(['has', 'have', "'ve", '’ve']);
const PAST_AUX = new Set(['was', 'were', 'did']);
const PRESENT_AUX = new Set(['is', 'are', 'am', "'s", '’s', "'re", '’re', 'do', 'does']);
const RELATIVE_HEADS = new Set(['those', 'them', 'others', 'many', 'some', 'people']);

const isPastForm = (w: string) => (w.length > 4 && w.endsWith('ed')) || dateLexicons().pastVerbs.has(w);

/** The aspect of the trigger starting at token i, in the sentence starting at token `first`. */
export function aspectAt(doc: Doc, i: number, first: number): Aspect {
  const t = doc.tokens[i]!;
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return 'nominal';
  let k = i - 1;
  while (k >= first && (SKIP.has(doc.tokens[k]!.lower) || doc.tokens[k]!.pos === 'ADV')) k--;
  const aux = k >= first ? doc.tokens[k]!.lower : '';
  if (PERFECT.has(aux)) return 'perfect';
  if (aux === 'had' || aux === "'d" || aux === '’d') return 'pluperfect';
  if (PAST_AUX.has(aux)) return 'past';
  if (PRESENT_AUX.has(aux)) return 'present';
  if (isPastForm(t.lower)) {
    // "commemorate protesters killed in a crackdown", "portraits of those killed": a noun that is
    // the object of a verb or preposition, then the participle.
    const prev = k >= first ? doc.tokens[k]! : undefined;
    const before = k - 1 >= first ? doc.tokens[k - 1]! : undefined;
    if (prev && k === i - 1 && (RELATIVE_HEADS.has(prev.lower) || (prev.pos === 'NOUN' && before && (before.pos === 'VERB' || before.pos === 'ADP')))) {
      return 'relative';
    }
    return 'past';
  }
  return 'present';
}
