import type { Article } from '../doc/doc.js';

/** An article read from an input, with where it came from (for messages). */
export interface SourceArticle {
  article: Article;
  /** 1-based line where the article starts in its input. */
  line: number;
}

/** Something in an input that could not become an article. */
export interface Rejection {
  /** 1-based line, when known. */
  line?: number;
  code: 'empty_article' | 'invalid_json' | 'invalid_article' | 'invalid_text' | 'no_articles';
  message: string;
}

export interface ReadResult {
  articles: SourceArticle[];
  rejections: Rejection[];
}
