export interface PublishedScore {
  right: boolean;
  got: string | undefined;
  gold: string;
  /** Days between the extracted and the gold date, when both are dates. */
  days: number | null;
}

const DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayNumber(s: string): number | null {
  const m = ISO_DATE.exec(s.slice(0, 10));
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : t / DAY;
}

/** A publication date is right when it is within `tolerance` days of the gold date or equals an accepted one. */
export function scorePublished(got: string | undefined, gold: string, accept: readonly string[] = [], tolerance = 3): PublishedScore {
  const a = got === undefined ? null : dayNumber(got);
  const b = dayNumber(gold);
  const days = a === null || b === null ? null : Math.abs(a - b);
  const right = got !== undefined && ((days !== null && days <= tolerance) || accept.includes(got.slice(0, 10)));
  return { right, got, gold, days };
}
