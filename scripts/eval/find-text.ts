import type { SpanLike } from './types.js';

const QUOTES: Record<string, string> = { "'": "['\u2018\u2019\u02bc]", '"': '["\u201c\u201d]', '-': '[-\u2010\u2011\u2013\u2014]' };

function pattern(needle: string): string {
  return needle
    .trim()
    .split(/\s+/)
    .map((word) => [...word].map((c) => QUOTES[c] ?? c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join(''))
    .join('\\s+');
}

/**
 * Where a gold text occurs in the article: every occurrence, compared case-insensitively (a gold
 * "on Tuesday" also stands for a sentence-initial "On Tuesday"), whitespace runs and typographic
 * quotes or dashes matching their plain forms.
 */
export function findOccurrences(text: string, needle: string): SpanLike[] {
  if (!needle.trim()) return [];
  const re = new RegExp(pattern(needle), 'giu');
  const out: SpanLike[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Whether two spans share at least one character. */
export const overlaps = (a: SpanLike, b: SpanLike): boolean => a.start < b.end && b.start < a.end;
