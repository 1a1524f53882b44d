import type { Acled, CasualtyCategory, EntityType, EventType, ParticipantRole, Qualifier, TemporalType } from '@newsgraph/models';
import type { Span } from './span.js';

/** What every detect-* stage proposes: a span, the rule that made it and how sure that rule is. */
export interface Candidate extends Span {
  /** Name of the rule that proposed it, e.g. `entities/title-person`. */
  rule: string;
  /** 0..1 */
  confidence: number;
}

/** A name in the text that may refer to a person, place or organisation. */
export interface MentionCandidate extends Candidate {
  type: EntityType;
  text: string;
  /** A role or title written next to a person's name ("leader", "prime minister"). */
  jobTitle?: string;
  /** Gazetteer key when the mention matched one (see gazetteer/). */
  gazetteerId?: string;
  /** A demonym ("Iranian") links to its country but names no place by itself. */
  demonym?: boolean;
  /** Set by resolve stages when the candidate lost to another one. */
  dropped?: string;
}

/**
 * A mention candidate with every field, absent ones undefined, always in this order: V8 then gives
 * every mention one hidden class, so the stages that read mentions by the thousand (overlaps,
 * coreference, linking) read them the fast way. Each place that made them its own way gave
 * mentions 13 classes over 200 articles.
 */
export function mentionCandidate(m: MentionCandidate): MentionCandidate {
  return {
    start: m.start,
    end: m.end,
    rule: m.rule,
    confidence: m.confidence,
    type: m.type,
    text: m.text,
    jobTitle: m.jobTitle,
    gazetteerId: m.gazetteerId,
    demonym: m.demonym,
    dropped: m.dropped,
  };
}

/** One entity of the article after coreference: its mentions merged. */
export interface EntityDraft {
  /** urn:newsgraph:<type>:<slug>, the same for the same entity in every article and run. */
  id: string;
  type: EntityType;
  name: string;
  alternateNames: string[];
  mentions: MentionCandidate[];
  jobTitle?: string;
  country?: string;
  geo?: { latitude: number; longitude: number };
  sameAs?: string[];
  confidence: number;
}

/** The parts of a date as written in the text (known) and as filled in from context (implied). */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  hour?: number;
  minute?: number;
}

/** A time expression (TimeML TIMEX3). */
export interface TimexCandidate extends Candidate {
  text: string;
  type: TemporalType;
  /** What was written. */
  known: DateParts;
  /** What was inferred from the article date or the tense. */
  implied: DateParts;
  /** TIMEX3 value, once resolved. */
  value?: string;
  /** What a relative expression was resolved against. */
  anchor: 'datePublished' | 'absolute' | 'none';
  /** Whether the value needs the article date (weekday, "last week", "in October"). */
  relative: boolean;
  /** An interval's two ends as written ("1985", "1987" in "between 1985 and 1987"), with their values once resolved. */
  endpoints?: [TimexEndpoint, TimexEndpoint];
  dropped?: string;
}

/** One written end of an interval. */
export interface TimexEndpoint extends Span {
  value?: string;
}

/** A reported number of people killed, injured, arrested, … */
export interface FigureCandidate extends Candidate {
  text: string;
  category: CasualtyCategory;
  value: number;
  minValue: number | null;
  maxValue: number | null;
  qualifier: Qualifier;
  /** Who the figure counts, as written. */
  group?: string;
  /** The source as written ("rights groups", "the health ministry"). */
  source?: string;
  /** Span of the source in the text, so that resolve stages can link it to an entity. */
  sourceSpan?: Span;
  /** Entity @id of the source, once linked. */
  attributedTo?: string;
  /** The number as written. */
  number: Span;
  /** The word that gives the category ("killed", "arrested", "reinforcements"). */
  trigger: Span;
  sentence: number;
  /** Index (in doc.figures) of the total this figure is a part of ("including 3,000 reinforcements"). */
  partOf?: number;
  /** Other places where the same figure is reported (headline, caption, body). */
  repeats?: Span[];
  dropped?: string;
}

/** A happening read from a trigger word. */
export interface EventCandidate extends Candidate {
  eventType: EventType;
  acled?: Acled;
  trigger: Span & { text: string };
  /** The triggers of other mentions of the same happening merged into this event ("the attack", "the blast"). */
  mentions?: (Span & { text: string })[];
  sentence: number;
  startDate: string | null;
  endDate: string | null;
  /** Entity @id of the place where it happened. */
  location?: string;
  /** Fields not read in the event's own clause but inferred: from the report, the narrative, the article, a caption. */
  inferred?: ('startDate' | 'location')[];
  participants: { role: ParticipantRole; entity: string }[];
  /** Indexes into doc.figures. */
  figures: number[];
  /** Entity @ids of who reported it. */
  attributedTo: string[];
  evidence: Span;
  dropped?: string;
}
