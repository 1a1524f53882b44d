import { fold } from '../text/fold.js';

/** Names and tokens repeat within an article and across a dump: their words are read once. */
const MAX_MEMO = 50_000;
const memo = new Map<string, readonly string[]>();
const keys = new Map<string, string>();

function readNameWords(text: string): readonly string[] {
  return fold(text)
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/['’`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A name's words for comparison: folded, lower case, apostrophes dropped ("Worker's" = "Workers'" = "workers"). */
export function nameWords(text: string): readonly string[] {
  let words = memo.get(text);
  if (words === undefined) {
    words = readNameWords(text);
    if (memo.size >= MAX_MEMO) memo.clear();
    memo.set(text, words);
  }
  return words;
}

export function nameKeyOf(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    key = nameWords(text).join(' ');
    if (keys.size >= MAX_MEMO) keys.clear();
    keys.set(text, key);
  }
  return key;
}
