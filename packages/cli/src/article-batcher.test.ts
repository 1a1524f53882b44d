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

describe('ArticleBatcher while every worker is busy', () => {
  it('lets a partial batch wait for a running batch to end instead of sending articles one by one', async () => {
    const runs: string[][] = [];
    const ends: (() => void)[] = [];
    const batcher = new ArticleBatcher<A, string>(
      (articles) => {
        runs.push(articles.map((a) => a.text));
        return new Promise((resolve) => ends.push(() => resolve(articles.map((a) => a.text))));
      },
      { articles: 4, chars: 100 },
      1,
    );
    const results = [batcher.add(art('a'))];
    await nextTurn();
    // The one worker was free: 'a' went alone at once.
    expect(runs).toEqual([['a']]);
    // It is busy now: articles that come one per turn wait together.
    for (const t of ['b', 'c', 'd']) {
      results.push(batcher.add(art(t)));
      await nextTurn();
    }
    expect(runs).toEqual([['a']]);
    ends[0]!();
    await nextTurn();
    expect(runs).toEqual([['a'], ['b', 'c', 'd']]);
    ends[1]!();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('still sends a full batch at once, to wait in the pool behind the running one', async () => {
    const runs: string[][] = [];
    const batcher = new ArticleBatcher<A, string>(
      (articles) => {
        runs.push(articles.map((a) => a.text));
        return new Promise(() => {});
      },
      { articles: 2, chars: 100 },
      1,
    );
    for (const t of ['a', 'b', 'c', 'd']) void batcher.add(art(t));
    expect(runs).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
});
