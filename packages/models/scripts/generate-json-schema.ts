/**
 * Writes JSON Schema files (draft 2020-12) generated from the zod schemas, for users outside
 * TypeScript: schema/<name>.schema.json. Run by `pnpm --filter @newsgraph/models schema`;
 * the files are committed and a test checks they are current.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { jsonSchemas } from '../src/json-schema.js';

const dir = new URL('../schema/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(new URL(`${name}.schema.json`, dir), JSON.stringify(schema, null, 2) + '\n');
}
