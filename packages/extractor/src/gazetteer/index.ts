export type { OrgEntry, OrgKind, PlaceEntry, PlaceKind } from './types.js';
export { countryByCode, lookupPlace, lookupPlaceCandidates, matchPlaceAt, mayStartPlace, placeById } from './places.js';
export { lookupDemonym, matchDemonymAt, mayStartDemonym } from './demonyms.js';
export { givenNameScore, surnameScore } from './names.js';
export { allOrganizations, isOrgHead, lookupOrganization, matchOrganizationAt, mayStartOrganization } from './organizations.js';
export { matchTitleAt, mayStartTitle } from './titles.js';
