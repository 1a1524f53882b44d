/**
 * `pnpm resources`: rebuilds everything in packages/extractor/resources from its sources
 * (data/lexicons, compromise's name lexicon, the gazetteer sources). The outputs are committed; a
 * test checks they are current.
 */
import { writeFileSync } from 'node:fs';
import { compileKnownNames } from './compile-known-names.js';
import { compileLexicons } from './compile-lexicons.js';

const out = new URL('../resources/', import.meta.url);
const lexicons = compileLexicons();
writeFileSync(new URL('lexicons.json', out), JSON.stringify(lexicons) + '\n');
process.stderr.write(`resources/lexicons.json: ${Object.keys(lexicons).length} lists\n`);
const names = compileKnownNames();
writeFileSync(new URL('known-names.json', out), JSON.stringify(names) + '\n');
process.stderr.write(`resources/known-names.json: ${names.first.length} first names, ${names.last.length} family names\n`);
