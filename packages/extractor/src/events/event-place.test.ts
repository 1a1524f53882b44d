import { describe, expect, it } from 'vitest';
import type { EventType } from '@newsgraph/models';
import type { Section } from '../doc/doc.js';
import { runUpTo } from '../testing/run-stages.js';

/** The kept events of a type as "place" names (with "~" when the place was inferred), in text order. */
function placed(text: string, type: EventType, sections?: Section[]): string[] {
  const doc = runUpTo({ text, published: '2026-03-04', ...(sections ? { sections } : {}) });
  const name = (id?: string) => doc.entities.find((e) => e.id === id)?.name ?? 'none';
  return doc.events
    .filter((e) => !e.dropped && e.eventType === type)
    .map((e) => `${name(e.location)}${e.inferred?.includes('location') ? '~' : ''}`);
}

describe('event places', () => {
  it('takes the place after a locative preposition, the most specific one', () => {
    expect(placed('Police arrested 30 people in Mombasa, Kenya on Friday.', 'arrest')).toEqual(['Mombasa']);
    expect(placed('Thousands of protesters march through Harare.', 'protest')).toEqual(['Harare']);
    expect(placed('In the northern city of Kano, gunmen killed five people.', 'attack')).toEqual(['Kano']);
    expect(placed('The delegation met the rebel leader on Robben Island on Monday.', 'meeting')).toEqual(['Robben Island']);
    expect(placed('Fighting raged in Russia’s Belgorod region on Monday.', 'battle')).toEqual(['Belgorod']);
  });

  it('does not take a speaker, a possessor, a target, a nationality or a "-based" source for the place', () => {
    expect(placed('Russia’s defence ministry said troops clashed with Ukrainian units in Bakhmut.', 'battle')).toEqual(['Bakhmut']);
    expect(placed('The London-based Syrian Observatory for Human Rights said 15 people were killed in Idlib.', 'attack')).toEqual(['Idlib']);
    expect(placed('Beijing condemned the air strikes on Gaza.', 'statement')).toEqual(['none']);
    expect(placed('Iranian forces arrested 12 people.', 'arrest')).toEqual(['none']);
  });

  it('puts a deployment where the troops go, not where a purpose clause points', () => {
    expect(placed('Washington deployed two warships to the Red Sea.', 'deployment')).toEqual(['Red Sea']);
    expect(placed('Chad sent troops to Mali to fight militants in Gao.', 'deployment')).toEqual(['Mali']);
  });

  it('places a statement where it was made, not where its "that" clause is', () => {
    const text = 'The foreign minister Ruto told reporters in Nairobi that fighting in Goma had killed 20 people.';
    expect(placed(text, 'statement')).toEqual(['Nairobi']);
    expect(placed(text, 'attack')).toEqual(['Goma']);
  });

  it('takes a caption’s place when the photo shows a participant on the event’s day', () => {
    const headline = 'Peru Names New Premier';
    const caption = 'Ana Torres speaks at the Congress in Lima, Peru, 3 March 2026.';
    const body = 'President Jose Jeri appointed Ana Torres as prime minister on Tuesday.';
    const text = `${headline}\n\n${caption}\n\n${body}`;
    const sections: Section[] = [
      { kind: 'headline', start: 0, end: headline.length },
      { kind: 'caption', start: headline.length + 2, end: headline.length + 2 + caption.length },
      { kind: 'body', start: text.length - body.length, end: text.length },
    ];
    expect(placed(text, 'appointment', sections)).toEqual(['Lima~']);
  });

  it('places a happening without a place in the country the article is about, and only then', () => {
    const about = 'Protests spread from Nairobi to Mombasa and Kisumu in Kenya on Monday. ';
    expect(placed(`${about}More than 50 people have been arrested, police said.`, 'arrest')).toEqual(['Kenya~']);
    // Words said are not placed by the article's country.
    expect(placed(`${about}Interior minister Kithure Kindiki condemned the violence.`, 'statement')).toEqual(['none']);
    // Nor is anything when no country stands out.
    expect(placed('More than 50 people have been arrested, police said.', 'arrest')).toEqual(['none']);
  });
});
