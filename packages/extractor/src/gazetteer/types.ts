export type PlaceKind = 'country' | 'city' | 'region' | 'admin' | 'continent' | 'island' | 'water' | 'other';

export interface PlaceEntry {
  /** Stable slug of the canonical English name: "kyiv", "turkiye", "united-states", "kursk-oblast"; a country code is appended when two places share a name ("london-ca"). */
  id: string;
  /** Canonical English name: "Kyiv", "Türkiye", "United States". */
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 ("UA"); for a country, its own code. */
  country?: string;
  geo?: { latitude: number; longitude: number };
  /** GeoNames id (cities). */
  geonamesId?: number;
  population?: number;
  /** The name is also a common English word or a common given/family name ("Nice", "Split", "Jackson"): only trust it with context. */
  ambiguous?: boolean;
}

export type OrgKind = 'news_agency' | 'igo' | 'party' | 'armed_group' | 'military' | 'government' | 'ngo' | 'company' | 'other';

export interface OrgEntry {
  id: string;
  name: string;
  alternateNames: string[];
  acronym?: string;
  country?: string;
  kind?: OrgKind;
  /** Set on a lookup result when the name that matched is also a common word or name ("Labour", "Amnesty", "Wagner"). */
  ambiguous?: boolean;
}
