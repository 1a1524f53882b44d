import type { ReadResult } from './source-article.js';

/** The whole input is one article body, kept verbatim. */
export function readText(content: string): ReadResult {
  if (!content.trim()) return { articles: [], rejections: [{ line: 1, code: 'empty_article', message: 'the text is empty' }] };
  return { articles: [{ article: { text: content }, line: 1 }], rejections: [] };
}
