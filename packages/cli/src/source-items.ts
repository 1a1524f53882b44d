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

/**
 * The warning for invalid UTF-8 (decodeUtf8's message, "… near byte B (line L)"): the input is read
 * with U+FFFD and the extractor rejects each article holding it. `at` shifts the line and byte to
 * the whole input's when the bytes decoded are a part of it that starts there.
 */
export function invalidUtf8Warning(message: string, at?: { line: number; byte: number }): SourceItem {
  const line = /\(line (\d+)\)/.exec(message)?.[1];
  let text = message.replace(/ \(line \d+\)/, '');
  if (at) text = text.replace(/near byte (\d+)/, (_m, b: string) => `near byte ${Number(b) + at.byte}`);
  const where = at ? { line: at.line + Number(line ?? 1) } : line ? { line: Number(line) } : {};
  return { kind: 'warning', ...where, message: `${text}; articles containing it are rejected` };
}
