import type { EntityType } from '@newsgraph/models';
import type { MentionCandidate } from '../doc/candidates.js';
import type { Doc } from '../doc/doc.js';
import { isOrgHead, lookupOrganization, lookupPlace } from '../gazetteer/index.js';
import { acronymMatches, findDefinitions, isShortForm } from './acronyms.js';
import { nameKeyOf, nameWords } from './name-words.js';
import { UnionFind } from './union-find.js';
import { isAcronym } from './words.js';

/** Mentions grouped by the entity they refer to. */
export interface Cluster {
  type: EntityType;
  mentions: MentionCandidate[];
}

/**
 * The indices below `n` that pass `keep`, in order. (A plain loop rather than
 * `xs.map((_, i) => i).filter(…)`: once optimised, V8 builds that map's array with another elements
 * kind than the interpreter did, and the filter after it deoptimised this whole function.)
 */
function indicesWhere(n: number, keep: (i: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (keep(i)) out.push(i);
  return out;
}

/**
 * Groups an article's mentions into entities: the same gazetteer entry or name; an acronym and its
 * definition or its initials; an organisation's short form ("State Department" ⊂ "US State
 * Department", a bare "Parliament"); a person's surname or given name alone ("Takaichi" → "Sanae
 * Takaichi", "Kim" → "Kim Jong Un"), unless two people share it.
 */
export function cluster(doc: Doc, mentions: MentionCandidate[]): Cluster[] {
  const n = mentions.length;
  const uf = new UnionFind(n);
  const keys = mentions.map((m) => nameKeyOf(m.text));
  const words = mentions.map((m) => nameWords(m.text));
  const type: EntityType[] = mentions.map((m) => m.type);

  // Same gazetteer entry, or the same name and type.
  const byKey = new Map<string, number>();
  mentions.forEach((m, i) => {
    const k = m.gazetteerId ? `g:${m.gazetteerId}` : `${m.type}:${keys[i]}`;
    const j = byKey.get(k);
    if (j === undefined) byKey.set(k, i);
    else uf.union(j, i);
  });
  // Known name, other type (a weak guess): joins the confident one and takes its type.
  const strongByKey = new Map<string, number>();
  mentions.forEach((m, i) => {
    if (m.confidence >= 0.6 && !strongByKey.has(keys[i]!)) strongByKey.set(keys[i]!, i);
  });
  mentions.forEach((m, i) => {
    const j = strongByKey.get(keys[i]!);
    if (j !== undefined && j !== i && m.confidence < 0.6) {
      uf.union(j, i);
      type[i] = type[j]!;
    }
  });

  // Defined short forms: "Liberal Democratic Party (LDP)".
  const index = new Map(mentions.map((m, i) => [m, i]));
  for (const d of findDefinitions(doc, mentions)) {
    const l = index.get(d.long)!;
    const s = index.get(d.short)!;
    type[s] = type[l]!;
    uf.union(l, s);
    // The short form elsewhere in the text joins too.
    mentions.forEach((m, i) => {
      if (i !== s && keys[i] === keys[s]) {
        type[i] = type[l]!;
        uf.union(l, i);
      }
    });
  }

  const orgs = indicesWhere(n, (i) => type[i] === 'Organization');
  const people = indicesWhere(n, (i) => type[i] === 'Person');

  // Acronyms and their initials: "KCNA" ↔ "Korean Central News Agency" (written here or known to the gazetteer).
  // An acronym told again ("US", "UN") finds what its first telling found.
  const expansions = new Map<string, { long: number | undefined; named: number | undefined }>();
  for (const i of indicesWhere(n, (i) => isAcronym(mentions[i]!.text))) {
    const text = mentions[i]!.text;
    let found = expansions.get(text);
    if (found === undefined) {
      // An acronym is never its own long form (j !== i): it is no long form at all (!isAcronym).
      const long = orgs.find((j) => !isAcronym(mentions[j]!.text) && acronymMatches(text, mentions[j]!.text));
      const entry = long === undefined ? lookupOrganization(text) : undefined;
      const named = entry ? orgs.find((j) => nameKeyOf(entry.name) === keys[j] || entry.alternateNames.some((a) => nameKeyOf(a) === keys[j])) : undefined;
      expansions.set(text, (found = { long, named }));
    }
    if (found.long !== undefined) {
      type[i] = 'Organization';
      uf.union(found.long, i);
    } else if (found.named !== undefined) uf.union(found.named, i);
  }

  // Organisations' short forms: a suffix ("State Department"), a prefix before "of" ("lower house" of
  // "Lower House of the Parliament"), or a bare head word ("Parliament", "the Commission").
  for (const i of orgs) {
    const w = words[i]!;
    if (w.length === 0) continue;
    const longer = orgs.filter((j) => j !== i && words[j]!.length > w.length && !isAcronym(mentions[j]!.text));
    const fits = longer.filter((j) => {
      const v = words[j]!;
      const suffix = w.every((x, k) => v[v.length - w.length + k] === x);
      const prefix = w.length >= 2 && w.every((x, k) => v[k] === x) && v[w.length] === 'of';
      return suffix || prefix;
    });
    const targets = new Set(fits.map((j) => uf.find(j)));
    if (targets.size === 1) uf.union(fits[0]!, i);
    else if (w.length === 1 && isOrgHead(w[0]!) && targets.size > 1) {
      // Several organisations end in this head word: the nearest one before it.
      const before = fits.filter((j) => mentions[j]!.start < mentions[i]!.start);
      if (before.length) uf.union(before[before.length - 1]!, i);
    }
  }

  // People: a name's first or last word alone ("Takaichi", "Kim") joins the one person it can be.
  const full = people.filter((j) => words[j]!.length >= 2);
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    if (w.length !== 1 || isShortForm(mentions[i]!.text)) continue;
    // A confident non-person stays what it is, but a word that is also a person's surname here
    // ("Anand said", "death to Khamenei", with Rahul Anand and Ali Khamenei in the article) is the
    // person: unless the gazetteers know it as a country or region, or as a town after "in", "at", ….
    const owners = new Set(
      full.filter((j) => words[j]![words[j]!.length - 1] === w[0] || words[j]![0] === w[0]).map((j) => uf.find(j)),
    );
    if (owners.size !== 1) continue;
    if (type[i] !== 'Person' && mentions[i]!.confidence >= 0.6 && !surnameRead(doc, mentions[i]!, type[i]!)) continue;
    const j = full.find((j) => uf.find(j) === [...owners][0])!;
    type[i] = 'Person';
    uf.union(j, i);
  }

  // "the North" for North Korea, "the South" for South Sudan: a compass word alone joins the one place named with it.
  const places = indicesWhere(n, (i) => type[i] === 'Place' && words[i]!.length >= 2);
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    if (w.length !== 1 || !COMPASS.has(w[0]!)) continue;
    const owners = new Set(places.filter((j) => words[j]![0] === w[0]).map((j) => uf.find(j)));
    if (owners.size !== 1) continue;
    type[i] = 'Place';
    uf.union(places.find((j) => uf.find(j) === [...owners][0])!, i);
  }

  return uf.groups().map((g) => {
    const ms = g.map((i) => mentions[i]!).sort((x, y) => x.start - y.start);
    // The cluster's type: the confidence-weighted vote of its mentions.
    const votes = new Map<EntityType, number>();
    for (const i of g) votes.set(type[i]!, (votes.get(type[i]!) ?? 0) + mentions[i]!.confidence);
    const t = [...votes.entries()].sort((x, y) => y[1] - x[1])[0]![0];
    return { type: t, mentions: ms };
  });
}

const COMPASS = new Set(['north', 'south', 'east', 'west']);

const LOCATIVE = /\b(?:in|at|near|from|into|outside|of)\s+$/i;

/** A one-word place or organisation that may be read as a surname of a person in the article. */
function surnameRead(doc: Doc, m: MentionCandidate, type: EntityType): boolean {
  if (type === 'Organization') return lookupOrganization(m.text) === undefined;
  if (type !== 'Place') return false;
  const p = lookupPlace(m.text);
  if (!p) return true;
  if (p.kind === 'country' || p.kind === 'continent' || p.kind === 'region') return false;
  return !LOCATIVE.test(doc.text.slice(Math.max(0, m.start - 12), m.start));
}
