import { describe, expect, it } from 'vitest';
import type { EventType } from '@newsgraph/models';
import { runUpTo } from '../testing/run-stages.js';

const PUBLISHED = '2026-03-04'; // a Wednesday

/** The kept events of a text as "type date" (with "~" when the date was inferred), in text order. */
function dated(text: string, type?: EventType, sections?: { kind: 'headline' | 'body'; start: number; end: number }[]): string[] {
  const doc = runUpTo({ text, published: PUBLISHED, ...(sections ? { sections } : {}) });
  return doc.events
    .filter((e) => !e.dropped && (!type || e.eventType === type))
    .map((e) => `${e.eventType} ${e.startDate ?? 'none'}${e.endDate ? '/' + e.endDate : ''}${e.inferred?.includes('startDate') ? '~' : ''}`);
}

describe('event dates', () => {
  it('reads the date of the event’s own clause', () => {
    expect(dated('Police arrested 40 protesters in Nairobi on Tuesday.', 'arrest')).toEqual(['arrest 2026-03-03']);
    expect(dated('Protesters marched in Seoul on Monday to mark the 1980 massacre.')).toEqual(['attack 1980', 'protest 2026-03-02']);
  });

  it('gives news told in a "that" clause the report’s date, and what is confirmed or denied none', () => {
    expect(dated('Rebels said on Tuesday that they had killed 12 soldiers near Goma.', 'attack')).toEqual(['attack 2026-03-03~']);
    expect(dated('The army confirmed on Tuesday that it had deployed troops to Bamako.', 'deployment')).toEqual(['deployment none']);
    expect(dated('The ministry denied on Friday that its forces had shelled villages near Kherson.', 'attack')).toEqual(['attack none']);
    expect(dated('Officials in Lima confirmed the killings on Friday.', 'attack')).toEqual(['attack none']);
  });

  it('dates an untimed past happening at the day the narrative is at', () => {
    const text = 'Security forces opened fire on protesters in Lagos on Saturday. Witnesses said at least 10 people were killed.';
    expect(dated(text, 'attack').at(-1)).toBe('attack 2026-02-28~');
    // A year is background, not the narrative's day.
    expect(dated('The treaty was signed in 2019. Troops fought near the border town of Kupiansk.', 'battle')).toEqual(['battle none']);
  });

  it('dates present happenings and words said on the article’s day', () => {
    expect(dated('A crowd in Harare holds up banners and shouts slogans against the president.', 'protest')).toEqual([`protest ${PUBLISHED}~`]);
    expect(dated('The foreign minister of Kenya condemned the air strikes on Gaza.', 'statement')).toEqual([`statement ${PUBLISHED}~`]);
    expect(dated('Ocalan has said that the peace process has entered a new phase, and he called on Turkish authorities to act.', 'statement')).toEqual([`statement ${PUBLISHED}~`]);
  });

  it('leaves without a date what a perfect, a pluperfect or a participle after its noun tells', () => {
    expect(dated('More than 200 people have been arrested in Minsk since the protests began.', 'arrest')).toEqual(['arrest none']);
    expect(dated('Mourners gathered on Sunday to bury villagers killed in an ambush near Beni.', 'attack')).toEqual(['attack none']);
    expect(dated('On Sunday mourners buried those killed in Beni on January 3.', 'attack')).toEqual(['attack 2026-01-03']);
  });

  it('dates a headline’s happening on the article’s day, without letting that date the body’s telling', () => {
    const text = 'Thousands Protest in Lima\n\nThousands of people protested in Lima on Sunday against the new mining law.';
    const out = dated(text, 'protest', [{ kind: 'headline', start: 0, end: 25 }, { kind: 'body', start: 27, end: text.length }]);
    expect(out).toEqual(['protest 2026-03-01']);
  });
});
