import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDump } from './read-dump.js';

const sample = readFileSync(new URL('../../../../data/dumps/000_2281aa0f27802df5.txt', import.meta.url), 'utf8');

/** A dump article in the sample's layout. */
function article(title: string, captions: string[], paragraphs: string[]): string {
  return [title, '', ...captions, 'TT', '', title, '', ...captions, '', paragraphs.join('\n\n')].join('\n');
}

describe('readDump', () => {
  it('reads the sample dump as exactly its four articles with their headlines', () => {
    const r = readDump(sample);
    expect(r.rejections).toEqual([]);
    expect(r.articles.map((a) => a.article.title)).toEqual([
      "North Korea Confirms Troop Deployment to Russia, Hails 'Heroes'",
      'Japan PM Takaichi Reappointed Following Election',
      'Türkiye: Ocalan Announces ‘Integration Phase’',
      'Iranians Chant Slogans Against Supreme Leader at Memorials for Slain Protesters',
    ]);
    expect(r.articles.map((a) => a.line)).toEqual([1, 48, 101, 132]);
  });

  it('keeps each duplicated caption once, as an image with its credit, and the credit out of the text', () => {
    const r = readDump(sample);
    for (const { article } of r.articles) {
      expect(article.images).toHaveLength(1);
      expect(article.images![0]!.creditText).toBeTruthy();
      expect(article.text).not.toContain(article.images![0]!.creditText!);
      expect(article.text.split(article.images![0]!.caption).length).toBe(2);
    }
  });

  it('puts the headline, captions and paragraphs in sections whose spans index into the text', () => {
    const { article } = readDump(sample).articles[0]!;
    const kinds = article.sections!.map((s) => s.kind);
    expect(kinds[0]).toBe('headline');
    expect(kinds[1]).toBe('caption');
    expect(kinds).toContain('subhead'); // 'AT THE COST OF BLOOD'
    for (const s of article.sections!) expect(article.text.slice(s.start, s.end).trim()).toBe(article.text.slice(s.start, s.end));
    expect(article.text.slice(article.sections![0]!.start, article.sections![0]!.end)).toBe(article.title);
  });

  it('joins soft-wrapped lines inside a paragraph', () => {
    const dump = article('Talks Resume', ['Delegates meet in Geneva, 3 March 2026. (Photo by Jane Roe / AFP)'], [
      'The talks will focus on democratic integration into\nthe political system, officials said.',
      'A second paragraph.',
    ]);
    const { article: a } = readDump(dump).articles[0]!;
    expect(a.text).toContain('integration into the political system, officials said.');
    expect(a.images).toEqual([{ caption: 'Delegates meet in Geneva, 3 March 2026.', creditText: 'Photo by Jane Roe / AFP', span: expect.any(Object) }]);
  });

  it('notes an article cut off mid-sentence', () => {
    const dump = article('Floods Hit Coast', ['Water covers a road, 2 May 2026. EPA/JOHN SMITH'], ['Heavy rain fell for three days and the river']);
    const { article: a } = readDump(dump).articles[0]!;
    expect(a.issues?.map((i) => i.code)).toContain('truncated_text');
    expect(a.images![0]!.creditText).toBe('EPA/JOHN SMITH');
  });

  it('reads several articles separated by blank lines, whatever their number of captions', () => {
    const dump = [
      article('First Story', [], ['One paragraph.']),
      article('Second Story', ['A caption, 1 June 2026. (AP Photo/Jo Bloggs)', 'Another caption. (Reuters)'], ['Body one.', 'Body two.']),
    ].join('\n\n\n');
    const r = readDump(dump);
    expect(r.articles.map((a) => a.article.title)).toEqual(['First Story', 'Second Story']);
    expect(r.articles[1]!.article.images!.map((i) => i.creditText)).toEqual(['AP Photo/Jo Bloggs', 'Reuters']);
    expect(r.articles[0]!.article.text).toBe('First Story\n\nOne paragraph.');
  });

  it('handles CRLF line ends and a byte order mark', () => {
    const dump = '\uFEFF' + article('Quake Strikes', [], ['It struck at dawn.']).replace(/\n/g, '\r\n');
    const r = readDump(dump);
    expect(r.articles[0]!.article.title).toBe('Quake Strikes');
    expect(r.articles[0]!.article.text).toBe('Quake Strikes\n\nIt struck at dawn.');
  });

  it('reports an article with no text and goes on', () => {
    const dump = ['Empty One', '', 'TT', '', 'Empty One', '', '', '', article('Full One', [], ['Text.'])].join('\n');
    const r = readDump(dump);
    expect(r.articles.map((a) => a.article.title)).toEqual(['Full One']);
    expect(r.rejections[0]).toMatchObject({ code: 'empty_article', line: 1 });
  });
});
