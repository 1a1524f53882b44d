import type { Article, InputFormat, ReadResult } from '@newsgraph/extractor/input';

/** What reading an input gives, in order. */
export type SourceItem =
  | { kind: 'article'; article: Article; line: number }
  /** Something that should have been an article and is not: counted as rejected. */
  | { kind: 'rejection'; line?: number; code: string; message: string }
  /** Worth telling, not a rejection by itself. */
  | { kind: 'warning'; line?: number; message: string }
  /** The layout the input was read as (once, before its articles). */
  | { kind: 'format'; format: InputFormat };

export const lineOf = (i: SourceItem): number => ('line' in i && i.line !== undefined ? i.line : 0);

/** A reader's articles and rejections as items, in the input's order (by line). */
export function resultItems(result: ReadResult): SourceItem[] {
  return [
    ...result.articles.map((a): SourceItem => ({ kind: 'article', article: a.article, line: a.line })),
    ...result.rejections.map((r): SourceItem => ({ kind: 'rejection', ...(r.line !== undefined ? { line: r.line } : {}), code: r.code, message: r.message })),
  ].sort((a, b) => lineOf(a) - lineOf(b));
}
