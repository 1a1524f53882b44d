/** IRI shapes of the records' identifiers (see the output contract). */
export const ARTICLE_ID = /^urn:newsgraph:article:[0-9a-f]{16}$/;
export const ENTITY_ID = /^urn:newsgraph:(person|place|organization):[a-z0-9][a-z0-9-]*$/;
export const FIGURE_ID = /^urn:newsgraph:figure:[0-9a-f]{16}:\d+$/;
export const EVENT_ID = /^urn:newsgraph:event:[0-9a-f]{16}:\d+$/;
/** Any newsgraph IRI, for links between records. */
export const NEWSGRAPH_ID = /^urn:newsgraph:[a-z]+:[^\s]+$/;
