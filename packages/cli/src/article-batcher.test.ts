import { describe, expect, it } from 'vitest';
import { ArticleBatcher } from './article-batcher.js';

interface A {
  text: string;
}
const art = (text: string): A => ({ text });
const nextTurn = () => new Promise((r) => setImmediate(r));

/** A batcher whose runs are recorded and answer with each article's text in capitals. */
function recorder(limits = { articles: 3, chars: 100 }, fail?: (batch: string[]) => boolean) {
  const runs: string[][] = [];
  const batcher = new ArticleBatcher<A, string>(async (articles) => {
    const texts = articles.map((a) => a.text);
    runs.push(texts);
    if (fail?.(texts)) throw new Error(`worker died on ${texts.join(',')}`);
    return texts.map((t) => t.toUpperCase());
  }, limits);
  return { runs, batcher };
}

describe('ArticleBatcher', () => {
  it('sends full batches at once and gives each article its own result, in order', async () => {
    const { runs, batcher } = recorder();
    const results = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((t) => batcher.add(art(t)));
    // The first two batches are full and already sent; the last article waits for this turn to end.
    expect(runs).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
    expect(await Promise.all(results)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
    expect(runs[2]).toEqual(['g']);
  });

  it('never holds an article waiting for a batch to fill: a partial batch goes on the next turn', async () => {
    const { runs, batcher } = recorder();
    const first = batcher.add(art('x'));
    await nextTurn();
    expect(runs).toEqual([['x']]);
    expect(await first).toBe('X');
    await batcher.add(art('y'));
    expect(runs).toEqual([['x'], ['y']]);
  });

  it('bounds the text a batch holds: a long article goes alone, and one that would overflow starts a new batch', async () => {
    const { runs, batcher } = recorder({ articles: 10, chars: 10 });
    const long = 'l'.repeat(25);
    const all = [batcher.add(art('aaaa')), batcher.add(art('bbbb')), batcher.add(art(long)), batcher.add(art('cccc')), batcher.add(art('dddddddd'))];
    await Promise.all(all);
    expect(runs).toEqual([['aaaa', 'bbbb'], [long], ['cccc'], ['dddddddd']]);
  });

  it('runs a failed batch again article by article, so that only the article at fault fails', async () => {
    const { runs, batcher } = recorder({ articles: 3, chars: 100 }, (batch) => batch.includes('bad'));
    const settled = await Promise.allSettled(['a', 'bad', 'c'].map((t) => batcher.add(art(t))));
    expect(settled.map((s) => (s.status === 'fulfilled' ? s.value : (s.reason as Error).message))).toEqual(['A', 'worker died on bad', 'C']);
    expect(runs).toEqual([['a', 'bad', 'c'], ['a'], ['bad'], ['c']]);
  });

  it('fails the articles a batch gives no result for', async () => {
    const batcher = new ArticleBatcher<A, string>(async () => ['only one'], { articles: 2, chars: 100 });
    const settled = await Promise.allSettled([batcher.add(art('a')), batcher.add(art('b'))]);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected']);
  });
});
