import { readFileSync } from 'node:fs';

export interface TaggedSentence {
  words: string[];
  /** BIO tags with PER/LOC/ORG/MISC types (IOB1 input converted to BIO). */
  tags: string[];
}

/** Reads a CoNLL-2003 file (word POS chunk tag, IOB1) into sentences with BIO tags. */
export function readConll(path: string): TaggedSentence[] {
  return parseConll(readFileSync(path, 'utf8'));
}

function parseConll(text: string): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (words.length) out.push({ words, tags });
    words = [];
    tags = [];
  };
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('-DOCSTART-')) {
      flush();
      continue;
    }
    const cols = line.split(' ');
    const word = cols[0]!;
    const tag = cols[cols.length - 1]!.trim();
    const prev = tags[tags.length - 1];
    let bio = tag;
    if (tag.startsWith('I-')) {
      const type = tag.slice(2);
      // IOB1: I- starts an entity unless the previous token has the same type.
      if (!prev || prev === 'O' || prev.slice(2) !== type) bio = 'B-' + type;
    }
    words.push(word);
    tags.push(bio);
  }
  flush();
  return out;
}

/** Reads a CoNLL-2003 file as documents (split at -DOCSTART-), each a list of sentences with BIO tags. */
export function readConllDocs(path: string): TaggedSentence[][] {
  const docs: TaggedSentence[][] = [];
  const text = readFileSync(path, 'utf8');
  for (const part of text.split(/^-DOCSTART-.*$/m)) {
    const sentences = parseConll(part);
    if (sentences.length) docs.push(sentences);
  }
  return docs;
}
