import { maxMatching } from './match.js';
import type { Counts } from './metrics.js';
import { entityKeys, scoreKey } from './name-key.js';
import type { EntityLike } from './types.js';

export type EntityFpReason = 'unmatched' | 'failed_merge' | 'credit';

export interface EntityScore {
  counts: Counts;
  /** Record entities matched to a gold entity: the record name and the gold entity's first name. */
  matched: { name: string; gold: string }[];
  /** Record entities that are false positives, and why. `gold` names the entity a failed merge duplicates. */
  falsePositives: { name: string; reason: EntityFpReason; gold?: string }[];
  /** Gold entities no record entity matched (their first, fullest name). */
  missed: string[];
  /** Record entities that matched an optional entry: counted neither way. */
  optional: string[];
  /** Record entities named like a photo credit (also among the false positives). */
  creditMentions: string[];
}

export interface EntityGold {
  entities: readonly (readonly string[])[];
  optional?: readonly (readonly string[])[];
  credits?: readonly string[];
}

const keysOf = (names: readonly string[]) => new Set(names.map(scoreKey));
const meets = (a: Set<string>, b: Set<string>) => [...a].some((k) => b.has(k));

/**
 * Scores one field's record entities against the gold (data/gold/README.md): a record entity
 * matches a gold entity when one of its names equals one of the gold names under scoreKey; each
 * gold entity is matched once (a maximum one-to-one matching), so a second record entity for it
 * (a failed merge) is a false positive. A record entity matched to no gold entity is a false
 * positive, reported as a credit when its name is a photo-credit name; otherwise, when it matches
 * an optional entry, it counts neither way.
 */
export function scoreEntities(record: readonly EntityLike[], gold: EntityGold): EntityScore {
  const goldKeys = gold.entities.map(keysOf);
  const optionalKeys = (gold.optional ?? []).map(keysOf);
  const credits = new Set((gold.credits ?? []).map(scoreKey));
  const recordKeys = record.map(entityKeys);
  const edges = recordKeys.map((keys) => goldKeys.flatMap((g, j) => (meets(keys, g) ? [j] : [])));
  const pairing = maxMatching(edges, goldKeys.length);

  const out: EntityScore = { counts: { tp: 0, fp: 0, fn: 0 }, matched: [], falsePositives: [], missed: [], optional: [], creditMentions: [] };
  record.forEach((e, i) => {
    const j = pairing[i]!;
    if (j >= 0) {
      out.matched.push({ name: e.name, gold: gold.entities[j]![0]! });
    } else if (edges[i]!.length > 0) {
      out.falsePositives.push({ name: e.name, reason: 'failed_merge', gold: gold.entities[edges[i]![0]!]![0]! });
    } else if (credits.has(scoreKey(e.name))) {
      out.falsePositives.push({ name: e.name, reason: 'credit' });
      out.creditMentions.push(e.name);
    } else if (optionalKeys.some((o) => meets(recordKeys[i]!, o))) {
      out.optional.push(e.name);
    } else {
      out.falsePositives.push({ name: e.name, reason: 'unmatched' });
    }
  });
  const found = new Set(pairing.filter((j) => j >= 0));
  gold.entities.forEach((names, j) => {
    if (!found.has(j)) out.missed.push(names[0]!);
  });
  out.counts = { tp: out.matched.length, fp: out.falsePositives.length, fn: out.missed.length };
  return out;
}
