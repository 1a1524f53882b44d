import jsonld from 'jsonld';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ArticleRecordSchema } from './article-record.js';
import { CONTEXT_URL, contextDocument } from './context.js';
import { documentLoader, DocumentNotAvailableError } from './document-loader.js';
import { fullRecord } from './fixtures.test-data.js';
import { jsonSchemas } from './json-schema.js';

/** Every property name any record schema allows. */
function keysOf(schema: unknown, out = new Set<string>()): Set<string> {
  const json = z.toJSONSchema(schema as z.ZodType, { unrepresentable: 'any' }) as Record<string, unknown>;
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.properties && typeof o.properties === 'object') for (const k of Object.keys(o.properties)) out.add(k);
    Object.values(o).forEach(walk);
  };
  walk(json);
  return out;
}

describe('the v1 JSON-LD context', () => {
  it('has a term for every key a record may carry', () => {
    const ctx = contextDocument()['@context'];
    const missing = [...keysOf(ArticleRecordSchema)].filter((k) => !k.startsWith('@') && !(k in ctx));
    expect(missing).toEqual([]);
  });

  it('is served offline, and nothing else is', async () => {
    const doc = await documentLoader(CONTEXT_URL);
    expect(doc.document).toEqual(contextDocument());
    await expect(documentLoader('https://schema.org/')).rejects.toBeInstanceOf(DocumentNotAvailableError);
  });

  it('expands a full record in safe mode without dropping anything', async () => {
    const record = { '@context': CONTEXT_URL, ...fullRecord() };
    const expanded = await jsonld.expand(record as never, { safe: true, documentLoader } as never);
    expect(expanded).toHaveLength(1);
    const nquads = (await jsonld.toRDF(record as never, { format: 'application/n-quads', safe: true, documentLoader } as never)) as unknown as string;
    // Every entity, figure and event is a subject of the graph.
    for (const id of ['urn:newsgraph:person:kim-jong-un', 'urn:newsgraph:place:kursk', 'urn:newsgraph:figure:0123456789abcdef:1', 'urn:newsgraph:event:0123456789abcdef:1']) {
      expect(nquads).toContain(`<${id}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>`.replace(/ <http.*$/, ''));
    }
    expect(nquads).toContain('<https://schema.org/creditText> "AP Photo/Jane Doe"');
  });

  it('keeps the committed JSON Schema files current with the zod schemas', () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      const file = JSON.parse(readFileSync(new URL(`../schema/${name}.schema.json`, import.meta.url), 'utf8'));
      expect(file, `schema/${name}.schema.json is stale: run pnpm --filter @newsgraph/models schema`).toEqual(schema);
    }
  });
});
