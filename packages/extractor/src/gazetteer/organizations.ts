import { lexiconData } from './data.js';
import { exactKey, exactNameKeyOf, isCaseSensitiveName, nameKeyOf, startsLower, wordKey } from './keys.js';
import { PhraseIndex } from './phrase-index.js';
import type { OrgEntry, OrgKind } from './types.js';

interface OrgLink {
  org: number;
  ambiguous: boolean;
}

interface OrgIndex {
  entry(i: number, ambiguous: boolean): OrgEntry;
  names: PhraseIndex<OrgLink>;
  exactNames: PhraseIndex<OrgLink>;
  heads: Set<string>;
}

let index: OrgIndex | undefined;

/** A frozen entry with every field in one order, so that all entries share one hidden class. */
const orgEntry = (e: OrgEntry): OrgEntry =>
  Object.freeze({ id: e.id, name: e.name, alternateNames: e.alternateNames, acronym: e.acronym, country: e.country, kind: e.kind, ambiguous: e.ambiguous });

function orgs(): OrgIndex {
  if (index) return index;
  const d = lexiconData();
  const entries: OrgEntry[] = d.organizations.map(([id, name, alternateNames, acronym, country, kind]) => {
    // Every field, in one order (undefined when absent): one hidden class for every entry.
    return orgEntry({ id, name, alternateNames, acronym: acronym || undefined, country: country || undefined, kind: (kind || undefined) as OrgKind | undefined });
  });
  const variants = new Map<number, OrgEntry>();
  const entry = (i: number, ambiguous: boolean): OrgEntry => {
    const e = entries[i]!;
    if (!ambiguous) return e;
    let v = variants.get(i);
    if (!v) variants.set(i, (v = orgEntry({ ...e, ambiguous: true })));
    return v;
  };
  const names = new PhraseIndex<OrgLink>(wordKey);
  const exactNames = new PhraseIndex<OrgLink>(exactKey);
  for (const [key, org, flags] of d.orgKeys) (flags & 2 ? exactNames : names).add(key, { org, ambiguous: (flags & 1) !== 0 });
  index = { entry, names, exactNames, heads: new Set(d.orgHeads) };
  return index;
}

/**
 * Exact lookup of an organisation by name, alternate name or acronym: acronyms (and names written in
 * capitals, "WHO", "IS") are case-sensitive; other names are case-insensitive with diacritics folded and a
 * leading "the" ignored. The result has `ambiguous` set when the name that matched is also a common
 * word or name ("Labour", "Amnesty", "Wagner").
 */
export function lookupOrganization(name: string): OrgEntry | undefined {
  const idx = orgs();
  const n = name.trim();
  const exact = idx.exactNames.get(exactNameKeyOf(n));
  const link = exact ?? (isCaseSensitiveName(n) ? undefined : idx.names.get(nameKeyOf(n)));
  return link ? idx.entry(link.org, link.ambiguous) : undefined;
}

/** Whether some organisation name could start with this token (a cheap test before matchOrganizationAt). */
export function mayStartOrganization(token: string): boolean {
  const idx = orgs();
  return idx.names.mayStart(token) || idx.exactNames.mayStart(token);
}

/** The longest organisation name or acronym starting at tokens[i] ("Korean", "Central", "News", "Agency" → KCNA, 4). */
export function matchOrganizationAt(tokens: readonly string[], i: number, maxTokens = 8): { entry: OrgEntry; length: number } | undefined {
  const idx = orgs();
  const a = idx.names.match(tokens, i, maxTokens);
  const b = startsLower(tokens[i]) ? undefined : idx.exactNames.match(tokens, i, maxTokens);
  const best = b && (!a || b.length > a.length) ? b : a;
  return best ? { entry: idx.entry(best.value.org, best.value.ambiguous), length: best.length } : undefined;
}

/** Head words that end organisation names ("Party", "Agency", "Forces", …), compared case-insensitively. */
export function isOrgHead(word: string): boolean {
  return orgs().heads.has(word.trim().toLowerCase());
}

/** Every organisation in the gazetteer (for acronym and coreference rules). */
export function allOrganizations(): readonly OrgEntry[] {
  const d = lexiconData();
  const idx = orgs();
  return d.organizations.map((_, i) => idx.entry(i, false));
}
