/** A span into the article text: UTF-16 offsets, end exclusive. */
export interface SpanLike {
  start: number;
  end: number;
}

/** The parts of a record entity the scorer reads. */
export interface EntityLike {
  '@id'?: string;
  name: string;
  alternateName?: readonly string[] | undefined;
}

/** The parts of a record casualty figure the scorer reads. */
export interface FigureLike extends SpanLike {
  category: string;
  value: number;
  qualifier?: string;
  text: string;
}

/** The parts of a record time expression the scorer reads. */
export interface DateLike extends SpanLike {
  text: string;
  value?: string | undefined;
}

/** The parts of a record event the scorer reads. */
export interface EventLike {
  eventType: string;
  startDate: string | null;
  endDate?: string | null;
  location?: string | undefined;
}

/** The parts of an ArticleRecord the scorer reads (an ArticleRecord is one). */
export interface RecordLike {
  headline?: string | undefined;
  datePublished?: string | undefined;
  text?: string | undefined;
  people: readonly EntityLike[];
  places: readonly EntityLike[];
  organizations: readonly EntityLike[];
  dates: readonly DateLike[];
  casualties: readonly FigureLike[];
  events: readonly EventLike[];
}
