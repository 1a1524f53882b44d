import type { EntityDraft } from '../doc/candidates.js';
import { lookupOrganization, lookupPlace, type PlaceEntry } from '../gazetteer/index.js';
import { slug } from '../text/fold.js';
import type { Stage } from './stage.js';

/** A linked entity takes the gazetteer's name; the names written in the article become its alternates. */
function rename(e: EntityDraft, name: string): void {
  if (name === e.name) return;
  if (!e.alternateNames.includes(e.name)) e.alternateNames.unshift(e.name);
  e.name = name;
  e.alternateNames = e.alternateNames.filter((n) => n !== name);
}

const TYPE_SLUG = { Person: 'person', Place: 'place', Organization: 'organization' } as const;

function placeEntry(e: EntityDraft): PlaceEntry | undefined {
  for (const m of e.mentions) {
    const p = m.gazetteerId ? lookupPlace(m.text) : undefined;
    if (p) return p;
  }
  return lookupPlace(e.name) ?? e.alternateNames.map((n) => lookupPlace(n)).find(Boolean);
}

/**
 * Links entities to the offline gazetteers (country codes, coordinates, GeoNames ids) and gives each
 * a stable @id: the gazetteer's key when linked, else the slug of its name, so that the same entity
 * has the same @id in every article and run. Entities that turn out to be the same are merged.
 */
export const resolveLinking: Stage = {
  name: 'resolve-linking',
  run(doc) {
    for (const e of doc.entities) {
      if (e.type === 'Place') {
        const p = placeEntry(e);
        if (p) {
          e.id = `urn:newsgraph:place:${p.id}`;
          if (p.country) e.country = p.country;
          if (p.geo) e.geo = { latitude: p.geo.latitude, longitude: p.geo.longitude };
          if (p.geonamesId) e.sameAs = [`https://sws.geonames.org/${p.geonamesId}/`];
          rename(e, p.name);
          continue;
        }
      }
      if (e.type === 'Organization') {
        const o = lookupOrganization(e.name) ?? e.alternateNames.map((n) => lookupOrganization(n)).find(Boolean);
        if (o) {
          e.id = `urn:newsgraph:organization:${o.id}`;
          if (o.country) e.country = o.country;
          rename(e, o.name);
          continue;
        }
      }
      e.id = `urn:newsgraph:${TYPE_SLUG[e.type]}:${slug(e.name)}`;
    }
    // Two clusters that link to one entity are one entity.
    const byId = new Map<string, EntityDraft>();
    const merged: EntityDraft[] = [];
    for (const e of doc.entities) {
      const prev = byId.get(e.id);
      if (!prev) {
        byId.set(e.id, e);
        merged.push(e);
        continue;
      }
      prev.mentions = [...prev.mentions, ...e.mentions].sort((a, b) => a.start - b.start);
      for (const n of [e.name, ...e.alternateNames]) if (n !== prev.name && !prev.alternateNames.includes(n)) prev.alternateNames.push(n);
      prev.confidence = Math.max(prev.confidence, e.confidence);
      prev.jobTitle ??= e.jobTitle;
    }
    doc.entities = merged;
  },
};
