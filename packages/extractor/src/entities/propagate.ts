import { mentionCandidate } from '../doc/candidates.js';
import type { Doc } from '../doc/doc.js';
import type { Cluster } from './coreference.js';
import { matchDemonymAt } from '../gazetteer/index.js';
import { nameKeyOf, nameWords } from './name-words.js';
import { isCap } from './words.js';

const MAX_LEN = 6;

/**
 * Finds the names an article has established wherever else they stand: in headlines and subheads
 * (where only known names are read), and where a rule missed them ("Under Kim's orders"). Adds the
 * new mentions to their clusters.
 */
export function propagate(doc: Doc, clusters: Cluster[], minConfidence = 0.6): void {
  const forms = new Map<string, number>();
  const ambiguous = new Set<string>();
  const add = (key: string, c: number) => {
    if (key.length < 2) return;
    const prev = forms.get(key);
    if (prev !== undefined && prev !== c) ambiguous.add(key);
    else forms.set(key, c);
  };
  clusters.forEach((cl, c) => {
    if (Math.max(...cl.mentions.map((m) => m.confidence)) < minConfidence) return;
    for (const m of cl.mentions) {
      add(nameKeyOf(m.text), c);
      const w = nameWords(m.text);
      if (cl.type === 'Person' && w.length >= 2) {
        add(w[w.length - 1]!, c);
        add(w[0]!, c);
      }
    }
  });
  for (const k of ambiguous) forms.delete(k);
  if (forms.size === 0) return;
  // The longest form starting with each first word: most tokens start none and are passed over at once.
  const longest = new Map<string, number>();
  for (const k of forms.keys()) {
    const first = k.split(' ')[0]!;
    longest.set(first, Math.max(longest.get(first) ?? 0, k.split(' ').length));
  }

  const covered = new Uint8Array(doc.tokens.length);
  const all = clusters.flatMap((c) => c.mentions).sort((a, b) => a.start - b.start);
  let mi = 0;
  for (const t of doc.tokens) {
    while (mi < all.length && all[mi]!.end <= t.start) mi++;
    for (let k = mi; k < all.length && all[k]!.start < t.end; k++) if (all[k]!.end > t.start) covered[t.i] = 1;
  }

  const words = doc.tokens.map((t) => t.text);
  for (const s of doc.sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (covered[i] || !isCap(doc.tokens[i]!.text)) continue;
      // "North Korean soldiers": a demonym is no mention of the place it starts like.
      const demonym = matchDemonymAt(words, i);
      if (demonym) {
        i += demonym.length - 1;
        continue;
      }
      const max = longest.get(nameWords(doc.tokens[i]!.text)[0] ?? '');
      if (max === undefined) continue;
      // A form of k words spans at least k tokens; hyphens and apostrophes may add more.
      for (let len = Math.min(MAX_LEN, s.endToken - i, 2 * max + 1); len >= 1; len--) {
        const last = doc.tokens[i + len - 1]!;
        if (!/[\p{L}\p{N}]/u.test(last.text)) continue;
        let free = true;
        for (let k = i; k < i + len; k++) if (covered[k]) free = false;
        if (!free) continue;
        const start = doc.tokens[i]!.start;
        const text = doc.text.slice(start, last.end);
        const c = forms.get(nameKeyOf(text));
        if (c === undefined) continue;
        const cl = clusters[c]!;
        const m = mentionCandidate({ start, end: last.end, text, type: cl.type, rule: 'entities/propagated', confidence: 0.8 });
        cl.mentions.push(m);
        doc.mentions.push(m);
        for (let k = i; k < i + len; k++) covered[k] = 1;
        i += len - 1;
        break;
      }
    }
  }
  for (const cl of clusters) cl.mentions.sort((a, b) => a.start - b.start);
}
