import { readFileSync } from 'node:fs';
import type { TaggedSentence } from './read-conll.js';

/** GMB tags mapped to CoNLL types; gpe (mostly demonyms like "Iranian") is MISC, art/eve/nat/tim are O. */
const TYPE: Record<string, string> = { per: 'PER', geo: 'LOC', org: 'ORG', gpe: 'MISC' };

/** Reads the GMB NER CSV (`Sentence #,Word,POS,Tag`) into sentences with BIO tags. */
export function readGmb(path: string): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  let cur: TaggedSentence | undefined;
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    // Sentence #,Word,POS,Tag — the word may itself be a quoted comma.
    const m = /^(Sentence: \d+)?,("(?:[^"]|"")*"|[^,]*),([^,]*),(\S+)\s*$/.exec(line);
    if (!m) continue;
    if (m[1] || !cur) {
      cur = { words: [], tags: [] };
      out.push(cur);
    }
    const word = m[2]!.startsWith('"') ? m[2]!.slice(1, -1).replace(/""/g, '"') : m[2]!;
    const tag = m[4]!;
    const type = tag === 'O' ? undefined : TYPE[tag.slice(2)];
    cur.words.push(word);
    cur.tags.push(type ? `${tag[0]}-${type}` : 'O');
  }
  return out;
}
