import { describe, expect, it } from 'vitest';
import { createDoc } from '../doc/doc.js';
import { figureLexicon } from './lexicons.js';
import { sloganSpans } from './slogans.js';

const slogans = (text: string) => sloganSpans(createDoc({ text }), figureLexicon()).map((s) => text.slice(s.start, s.end));

describe('sloganSpans', () => {
  it('finds a quotation after a chant or banner cue', () => {
    expect(slogans('A crowd chanted, "One person killed, thousands have his back", a video showed.')).toEqual([
      '"One person killed, thousands have his back"',
    ]);
    expect(slogans('Banners reading “100 killed, we will not forget” were held up.')).toEqual(['“100 killed, we will not forget”']);
  });

  it('finds a quotation before the cue', () => {
    expect(slogans('"Fifty killed, who is next?" the crowd chanted.')).toEqual(['"Fifty killed, who is next?"']);
  });

  it('leaves reported speech alone', () => {
    expect(slogans('"Twelve soldiers were killed," the colonel said. "We will fight on."')).toEqual([]);
  });

  it('does not take a cue from another sentence or section', () => {
    expect(slogans('They chanted all night.\n\n"Five people were killed," police said.')).toEqual([]);
    expect(slogans('They chanted all night. "Five people were killed," police said.')).toEqual([]);
  });
});
