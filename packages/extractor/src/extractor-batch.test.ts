import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article, Doc } from './doc/doc.js';
import { createDoc } from './doc/doc.js';
import { createExtractor } from './extractor.js';
import { readDump } from './ingest/read-dump.js';
import { resolveOptions } from './options.js';
import { runPipelineBatch, STAGES } from './pipeline.js';
import type { Stage } from './stages/stage.js';

const ROOT = new URL('../../../', import.meta.url);
const sample = readDump(readFileSync(new URL('data/dumps/000_2281aa0f27802df5.txt', ROOT), 'utf8')).articles.map((a) => a.article);
const extractor = createExtractor();

describe('safeExtractBatch', () => {
  it('gives each article of the sample dump the record safeExtract gives it', () => {
    const one = sample.map((a) => extractor.safeExtract(a));
    expect(extractor.safeExtractBatch(sample)).toEqual(one);
    // Another order and a repeat: records never depend on what else is in the batch.
    const mixed = [sample[2]!, sample[0]!, sample[2]!, sample[3]!, sample[1]!];
    expect(extractor.safeExtractBatch(mixed)).toEqual([one[2], one[0], one[2], one[3], one[1]]);
  });

  it('gives an article the same record whatever the extractor read before it', () => {
    const article = { title: 'Shares jump', text: "Velkaris's shares rose 9% on Monday. Anna Velkaris founded the company in Oslo in 1998." };
    const first = extractor.safeExtract(article);
    // wink-nlp learns "Velkaris's" whole from this one, and used to keep it whole in later articles.
    const teacher = { text: "The biggest gains of the week in Oslo were Velkaris's." };
    extractor.safeExtract(teacher);
    expect(extractor.safeExtract(article)).toEqual(first);
    expect(extractor.safeExtractBatch([teacher, article])[1]).toEqual(first);
  });

  it('reads short articles not in the sample as safeExtract does', () => {
    const texts = [
      'Gunmen killed 12 villagers in Zamfara State on Sunday, police spokesman Yazid Abubakar said.',
      'KYIV, March 3 (Reuters) - Russian drones struck Odesa overnight, injuring four people.',
      'Police arrested 37 protesters outside parliament in Tbilisi on Tuesday.',
    ];
    const articles: Article[] = texts.map((text) => ({ text, published: '2025-03-04' }));
    expect(extractor.safeExtractBatch(articles)).toEqual(articles.map((a) => extractor.safeExtract(a)));
  });

  it('rejects bad articles at their place in the batch and reads the rest', () => {
    const good = sample[0]!;
    const batch = [{ text: '   ' }, good, null as unknown as Article, { text: 42 } as unknown as Article, good];
    const r = extractor.safeExtractBatch(batch);
    expect(r.map((x) => (x.ok ? 'ok' : x.error.code))).toEqual(['empty_text', 'ok', 'invalid_input', 'invalid_input', 'ok']);
    expect(r[1]).toEqual(extractor.safeExtract(good));
  });

  it('gives an empty array for no articles', () => {
    expect(extractor.safeExtractBatch([])).toEqual([]);
  });
});

describe('runPipelineBatch', () => {
  it('runs each stage over every doc before the next stage', () => {
    const seen: string[] = [];
    const stage = (name: string): Stage => ({ name, run: (doc: Doc) => void seen.push(`${name}:${doc.text}`) });
    const docs = ['a', 'b'].map((text) => createDoc({ text }));
    runPipelineBatch(docs, resolveOptions(), [stage('one'), stage('two')]);
    expect(seen).toEqual(['one:a', 'one:b', 'two:a', 'two:b']);
  });

  it('stops a doc whose stage throws, and only that doc', () => {
    const ran: string[] = [];
    const boom: Stage = {
      name: 'boom',
      run: (doc) => {
        if (doc.text === 'bad') throw new Error('boom');
      },
    };
    const after: Stage = { name: 'after', run: (doc) => void ran.push(doc.text) };
    const docs = ['ok', 'bad', 'fine'].map((text) => createDoc({ text }));
    const failed = runPipelineBatch(docs, resolveOptions(), [boom, after]);
    expect(failed.map((f) => (f ? (f.error as Error).message : undefined))).toEqual([undefined, 'boom', undefined]);
    expect(ran).toEqual(['ok', 'fine']);
  });

  it('leaves each doc as runPipeline leaves it', () => {
    const docs = sample.slice(0, 2).map((a) => createDoc(a));
    runPipelineBatch(docs, resolveOptions());
    const single = createDoc(sample[1]!);
    for (const s of STAGES) s.run(single, resolveOptions());
    expect(docs[1]!.mentions).toEqual(single.mentions);
    expect(docs[1]!.events).toEqual(single.events);
  });
});

describe('extractAll', () => {
  it('gives, in order, the results safeExtract gives, from an array (in batches) and from an async source', async () => {
    const articles: Article[] = [];
    for (let k = 0; k < 40; k++) articles.push(k % 7 === 3 ? { text: '' } : sample[k % sample.length]!);
    const expected = articles.map((a) => extractor.safeExtract(a));
    const fromArray = [];
    for await (const r of extractor.extractAll(articles)) fromArray.push(r);
    expect(fromArray).toEqual(expected);
    async function* slowly() {
      for (const a of articles.slice(0, 5)) yield a;
    }
    const fromAsync = [];
    for await (const r of extractor.extractAll(slowly())) fromAsync.push(r);
    expect(fromAsync).toEqual(expected.slice(0, 5));
  });
});
