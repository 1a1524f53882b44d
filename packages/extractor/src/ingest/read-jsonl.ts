import type { Article } from '../doc/doc.js';
import type { ReadResult, Rejection, SourceArticle } from './source-article.js';

const FIELDS = ['id', 'url', 'title', 'published'] as const;

/** Reads one JSONL line: `{ "id"?, "url"?, "title"?, "published"?, "text" }`. `text` is kept verbatim. */
export function readJsonlLine(line: string, lineNo: number): SourceArticle | Rejection | undefined {
  const trimmed = line.trim();
  if (!trimmed) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(trimmed.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { line: lineNo, code: 'invalid_json', message: `line ${lineNo} is not valid JSON (${(e as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { line: lineNo, code: 'invalid_article', message: `line ${lineNo} is not a JSON object` };
  }
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string') {
    return { line: lineNo, code: 'invalid_article', message: `line ${lineNo} has no "text" string` };
  }
  if (!o.text.trim()) return { line: lineNo, code: 'empty_article', message: `line ${lineNo} has an empty "text"` };
  const article: Article = { text: o.text };
  for (const f of FIELDS) {
    const v = o[f];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string' && typeof v !== 'number') {
      return { line: lineNo, code: 'invalid_article', message: `line ${lineNo}: "${f}" must be a string` };
    }
    article[f] = String(v);
  }
  return { article, line: lineNo };
}

export const isRejection = (r: SourceArticle | Rejection): r is Rejection => 'code' in r;

/** Reads a whole JSONL text. */
export function readJsonl(content: string): ReadResult {
  const result: ReadResult = { articles: [], rejections: [] };
  content.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((line, i) => {
    const r = readJsonlLine(line, i + 1);
    if (!r) return;
    if (isRejection(r)) result.rejections.push(r);
    else result.articles.push(r);
  });
  return result;
}
