import { fold } from '../text/fold.js';

/** A name's words for comparison: folded, lower case, apostrophes dropped ("Worker's" = "Workers'" = "workers"). */
export function nameWords(text: string): string[] {
  return fold(text)
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/['’`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export const nameKeyOf = (text: string): string => nameWords(text).join(' ');
