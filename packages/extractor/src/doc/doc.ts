import type { DatePublishedSource, Issue } from '@newsgraph/models';
import type { Candidate, EntityDraft, EventCandidate, FigureCandidate, MentionCandidate, TimexCandidate } from './candidates.js';
import type { Span } from './span.js';

export type SectionKind = 'headline' | 'caption' | 'subhead' | 'body';

/** A part of the article text: the headline, a photo caption, a subheading or a body paragraph. */
export interface Section extends Span {
  kind: SectionKind;
}

export interface Token extends Span {
  /** Index in doc.tokens. */
  i: number;
  text: string;
  lower: string;
  /** Universal part of speech from wink-nlp (PROPN, NOUN, VERB, NUM, ADP, PUNCT, …). */
  pos: string;
  /** wink-nlp token type: word, number, punctuation, symbol, … */
  kind: string;
  /** Index in doc.sentences. */
  sentence: number;
}

export interface Sentence extends Span {
  index: number;
  /** Index in doc.sections. */
  section: number;
  /** Tokens doc.tokens[firstToken .. endToken). */
  firstToken: number;
  endToken: number;
}

export interface ImageInfo {
  caption: string;
  creditText?: string;
  /** Where the caption stands in doc.text, when it is part of it. */
  span?: Span;
}

/** What the caller gave us for one article. */
export interface Article {
  text: string;
  title?: string;
  /** Publication date or date-time as given (ISO 8601 preferred). */
  published?: string;
  id?: string;
  url?: string;
  /** Photos, when an input layout carries captions (the dump reader fills this). */
  images?: ImageInfo[];
  /** The layout of `text`, when a reader knows it (the dump reader fills this). */
  sections?: Section[];
  /** Issues an input reader noticed (truncated text, …). */
  issues?: Issue[];
}

/** Everything the pipeline knows about one article; stages read and add to it. */
export interface Doc {
  readonly text: string;
  readonly article: Article;
  sections: Section[];
  images: ImageInfo[];
  sentences: Sentence[];
  tokens: Token[];
  /** YYYY-MM-DD, once resolved. */
  datePublished?: string;
  datePublishedSource: DatePublishedSource;
  mentions: MentionCandidate[];
  /**
   * Names of no record type the tagger read (CoNLL's MISC: nationalities, events, laws, works:
   * "the U.S. Open", "the Free and Open Indo-Pacific"), so that no rule reads a place or an
   * organisation inside them.
   */
  otherNames: Candidate[];
  entities: EntityDraft[];
  timexes: TimexCandidate[];
  figures: FigureCandidate[];
  events: EventCandidate[];
  issues: Issue[];
}

export function createDoc(article: Article): Doc {
  const text = article.text;
  const sections: Section[] =
    article.sections && article.sections.length > 0 ? article.sections.map((s) => ({ ...s })) : paragraphs(text);
  return {
    text,
    article,
    sections,
    images: article.images ? article.images.map((i) => ({ ...i })) : [],
    sentences: [],
    tokens: [],
    datePublishedSource: 'none',
    mentions: [],
    otherNames: [],
    entities: [],
    timexes: [],
    figures: [],
    events: [],
    issues: article.issues ? [...article.issues] : [],
  };
}

/** Body paragraphs of a plain text: runs of text separated by blank lines. */
function paragraphs(text: string): Section[] {
  const out: Section[] = [];
  const re = /\S(?:[^\n]|\n(?![ \t]*\r?\n))*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let end = m.index + m[0].length;
    while (end > m.index && /\s/.test(text[end - 1]!)) end--;
    out.push({ kind: 'body', start: m.index, end });
  }
  return out;
}
