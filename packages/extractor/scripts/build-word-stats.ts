/**
 * `pnpm resources:words`: derives from the training corpora (CoNLL-2003 train, GMB) which words are
 * common lower-case words, so that a capitalised word at the start of a sentence ("Officials",
 * "Lacking", "Under") is not taken for a name. Writes resources/word-casing.json (words only, no text).
 */
import { writeFileSync } from 'node:fs';
import { corporaDir } from './corpora/paths.js';
import { readConll, type TaggedSentence } from './corpora/read-conll.js';
import { readGmb } from './corpora/read-gmb.js';

const dir = corporaDir();
const sentences: TaggedSentence[] = [...readConll(dir + 'conll2003/eng.train'), ...readGmb(dir + 'gmb/ner_dataset.csv')];
const lower = new Map<string, number>();
const upper = new Map<string, number>();
const WORD = /^[\p{L}][\p{L}'’-]*$/u;
for (const s of sentences) {
  const letters = s.words.filter((w) => /\p{L}/u.test(w));
  // Skip all-caps headlines: they say nothing about casing.
  if (letters.filter((w) => w === w.toUpperCase()).length > letters.length / 2) continue;
  for (let i = 1; i < s.words.length; i++) {
    const w = s.words[i]!;
    if (!WORD.test(w)) continue;
    const prev = s.words[i - 1]!;
    if (/^[.!?:"'`]+$/.test(prev)) continue; // a sentence or quote may start here
    const key = w.toLowerCase();
    if (w === key) lower.set(key, (lower.get(key) ?? 0) + 1);
    else if (w[0] !== w[0]!.toLowerCase()) upper.set(key, (upper.get(key) ?? 0) + 1);
  }
}
// A word is common when it is written in lower case at least as often as capitalised, mid-sentence.
const common: string[] = [];
for (const [w, l] of lower) {
  const u = upper.get(w) ?? 0;
  if (l + u >= 2 && l >= u) common.push(w);
}
common.sort();
writeFileSync(new URL('../resources/word-casing.json', import.meta.url), JSON.stringify({ common }) + '\n');
process.stderr.write(`resources/word-casing.json: ${common.length} common lower-case words from ${sentences.length} sentences\n`);
