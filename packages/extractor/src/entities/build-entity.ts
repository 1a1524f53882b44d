import { mentionCandidate, type EntityDraft } from '../doc/candidates.js';
import type { Doc } from '../doc/doc.js';
import type { Cluster } from './coreference.js';
import { nameKeyOf, nameWords } from './name-words.js';
import { isAcronym } from './words.js';


/** The entity's name: the fullest form written in the article body (not an acronym when a long form exists). */
function canonical(doc: Doc, cl: Cluster): string {
  const inBody = (start: number) => {
    const sec = doc.sections.find((s) => s.start <= start && start < s.end);
    return sec ? sec.kind === 'body' || sec.kind === 'caption' : true;
  };
  const ranked = [...cl.mentions].sort((x, y) => {
    const ax = isAcronym(x.text) ? 1 : 0;
    const ay = isAcronym(y.text) ? 1 : 0;
    if (ax !== ay) return ax - ay;
    const bx = inBody(x.start) ? 0 : 1;
    const by = inBody(y.start) ? 0 : 1;
    if (bx !== by) return bx - by;
    const wx = nameWords(x.text).length;
    const wy = nameWords(y.text).length;
    if (wx !== wy) return wy - wx;
    // Capitalised forms before lower-case ones ("Lower House" before "lower house").
    const cx = /^\p{Lu}/u.test(x.text) ? 0 : 1;
    const cy = /^\p{Lu}/u.test(y.text) ? 0 : 1;
    if (cx !== cy) return cx - cy;
    return x.start - y.start;
  });
  return ranked[0]!.text;
}

/** An entity draft from a cluster of mentions (its @id is set by resolve-linking). */
export function buildEntity(doc: Doc, cl: Cluster): EntityDraft {
  const name = canonical(doc, cl);
  const seen = new Set([nameKeyOf(name)]);
  const alternateNames: string[] = [];
  for (const m of cl.mentions) {
    const k = nameKeyOf(m.text);
    if (seen.has(k)) continue;
    seen.add(k);
    alternateNames.push(m.text);
  }
  let miss = 1;
  for (const m of cl.mentions) miss *= 1 - Math.min(0.99, m.confidence);
  const jobTitle = cl.mentions.find((m) => m.jobTitle)?.jobTitle;
  return {
    id: '',
    type: cl.type,
    name,
    alternateNames,
    mentions: cl.mentions.map((m) => mentionCandidate({ ...m, type: cl.type })),
    // Every field, in one order (resolve-linking fills in the rest): one hidden class for all entities.
    jobTitle: jobTitle || undefined,
    country: undefined,
    geo: undefined,
    sameAs: undefined,
    confidence: Math.min(0.99, 1 - miss),
  };
}
