export type { OrgEntry, OrgKind, PlaceEntry, PlaceKind } from './types.js';
export { countryByCode, lookupPlace, lookupPlaceCandidates, matchPlaceAt, placeById } from './places.js';
export { lookupDemonym, matchDemonymAt } from './demonyms.js';
export { givenNameScore, surnameScore } from './names.js';
export { allOrganizations, isOrgHead, lookupOrganization, matchOrganizationAt } from './organizations.js';
export { matchTitleAt } from './titles.js';
