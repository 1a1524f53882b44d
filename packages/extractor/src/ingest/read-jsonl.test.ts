import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format.js';
import { readJsonl } from './read-jsonl.js';
import { readText } from './read-text.js';
import { decodeUtf8, textProblem } from './validate-text.js';

describe('readJsonl', () => {
  it('reads articles line by line, keeping text verbatim, and names bad lines', () => {
    const r = readJsonl(
      [
        JSON.stringify({ id: 'a', title: 'T', published: '2026-02-18', url: 'https://x.org/a', text: '  Body\r\nwith CRLF  ' }),
        '{"text": "truncated',
        '',
        '[1,2]',
        '{"title": "no text"}',
        '{"text": "   "}',
        JSON.stringify({ text: 'ok', id: 7 }),
      ].join('\n'),
    );
    expect(r.articles.map((a) => [a.line, a.article])).toEqual([
      [1, { text: '  Body\r\nwith CRLF  ', id: 'a', title: 'T', published: '2026-02-18', url: 'https://x.org/a' }],
      [7, { text: 'ok', id: '7' }],
    ]);
    expect(r.rejections.map((x) => [x.line, x.code])).toEqual([
      [2, 'invalid_json'],
      [4, 'invalid_article'],
      [5, 'invalid_article'],
      [6, 'empty_article'],
    ]);
    expect(r.rejections[0]!.message).toMatch(/line 2/);
  });
});

describe('readText', () => {
  it('is one article, verbatim; an empty text is rejected', () => {
    expect(readText('  A body.\n').articles[0]!.article.text).toBe('  A body.\n');
    expect(readText(' \n ').rejections[0]!.code).toBe('empty_article');
  });
});

describe('detectFormat', () => {
  it('tells the three layouts apart by name and content', () => {
    expect(detectFormat('x.jsonl', '')).toBe('jsonl');
    expect(detectFormat('x.txt', '{"text":"a"}\n{"text":"b"}\n')).toBe('jsonl');
    expect(detectFormat('x.txt', 'Title\n\nCaption\nTT\n\nTitle\n\nBody.')).toBe('dump');
    expect(detectFormat('x.txt', 'Just a story about TTs.\n')).toBe('text');
  });
});

describe('validating text', () => {
  it('rejects NUL bytes, replacement characters and lone surrogates', () => {
    expect(textProblem('a\u0000b')).toMatch(/NUL/);
    expect(textProblem('a\uFFFDb')).toMatch(/UTF-8/);
    expect(textProblem('a\uD800b')).toMatch(/surrogate/);
    expect(textProblem('Türkiye’s “phase” 😀')).toBeUndefined();
  });
  it('decodes UTF-8 strictly and says where it breaks', () => {
    expect(decodeUtf8(new TextEncoder().encode('\uFEFFok'))).toEqual({ ok: true, text: 'ok' });
    const bad = decodeUtf8(new Uint8Array([0x61, 0x0a, 0x62, 0xff, 0x63]));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toMatch(/byte 3 \(line 2\)/);
    const bin = decodeUtf8(new Uint8Array([0x89, 0x50, 0x00, 0x01]));
    expect(bin.ok).toBe(false);
  });
});
