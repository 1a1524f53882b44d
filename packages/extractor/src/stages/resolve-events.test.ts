import { describe, expect, it } from 'vitest';
import type { Doc } from '../doc/doc.js';
import { runUpTo } from '../testing/run-stages.js';

const events = (text: string, extra: Partial<Parameters<typeof runUpTo>[0] & object> = {}) =>
  runUpTo({ text, published: '2026-03-04', ...extra }).events.filter((e) => !e.dropped);
const nameOf = (doc: Doc, id?: string) => doc.entities.find((e) => e.id === id)?.name;

describe('events', () => {
  it('reads an arrest with its date, place, figure and ACLED type', () => {
    const doc = runUpTo({ text: 'Police arrested 40 protesters in Nairobi on Tuesday, the interior ministry said.', published: '2026-03-04' });
    const ev = doc.events.filter((e) => !e.dropped).find((e) => e.eventType === 'arrest')!;
    expect(ev.startDate).toBe('2026-03-03');
    expect(nameOf(doc, ev.location)).toBe('Nairobi');
    expect(ev.figures.map((i) => [doc.figures[i]!.category, doc.figures[i]!.value])).toEqual([['arrested', 40]]);
    expect(ev.acled).toEqual({ eventType: 'Strategic developments', subEventType: 'Arrests' });
    expect(ev.evidence).toEqual({ start: 0, end: doc.text.length });
  });

  it('reads an attack on soldiers with its actor and place, as ACLED codes it', () => {
    const doc = runUpTo({ text: 'The Sudanese Armed Forces said they had killed 30 fighters near El Fasher on Sunday.', published: '2026-03-04' });
    const ev = doc.events.find((e) => !e.dropped && e.eventType === 'attack')!;
    expect(nameOf(doc, ev.location)).toBe('El Fasher');
    expect(ev.participants.map((p) => [p.role, nameOf(doc, p.entity)])).toContainEqual(['actor', 'Sudanese Armed Forces']);
    expect(ev.acled?.eventType).toBe('Battles');
    expect(ev.startDate).toBe('2026-03-01');
  });

  it('reports no happening that is only possible, wanted, denied or quoted', () => {
    expect(events('The army could attack the town of Goma, officials in Kinshasa warned.').filter((e) => e.eventType === 'attack')).toEqual([]);
    expect(events('Rwanda sent troops to fight in Goma, Kinshasa said.').filter((e) => e.eventType === 'battle')).toEqual([]);
    expect(events('"We will never surrender and we will fight them in Goma," the commander told Reuters.').filter((e) => e.eventType === 'battle')).toEqual([]);
    expect(events('The rebels did not attack Goma, the governor of North Kivu said.').filter((e) => e.eventType === 'attack')).toEqual([]);
  });

  it('does not read a participle before a noun as a happening', () => {
    expect(events('The jailed activist Alaa Abdel Fattah wrote to the court in Cairo.').filter((e) => e.eventType === 'arrest')).toEqual([]);
  });

  it('makes one event of a happening told in the headline and the body', () => {
    const text = 'Thousands Protest in Lima\n\nThousands of people protested in Lima on Sunday against the new mining law.';
    const evs = events(text, { sections: [{ kind: 'headline', start: 0, end: 25 }, { kind: 'body', start: 27, end: text.length }] });
    const protests = evs.filter((e) => e.eventType === 'protest');
    expect(protests).toHaveLength(1);
    expect(protests[0]!.trigger.start).toBeGreaterThan(25);
    expect(protests[0]!.acled).toEqual({ eventType: 'Protests', subEventType: 'Peaceful protest' });
    // The headline's telling stays as a mention of the one event.
    expect(protests[0]!.mentions?.map((m) => m.text)).toEqual(['Protest']);
  });

  it('keeps the other tellings of a merged happening as its mentions', () => {
    const text = 'Gunmen attacked a police post in Kano on Monday, killing four officers. Residents said the attack in Kano lasted an hour.';
    const attacks = events(text).filter((e) => e.eventType === 'attack');
    expect(attacks).toHaveLength(1);
    expect([attacks[0]!.trigger.text, ...(attacks[0]!.mentions ?? []).map((m) => m.text)]).toEqual(['attacked', 'attack']);
  });

  it('keeps two protests in two cities apart', () => {
    const evs = events('Crowds protested in Abidjan on Monday. In Bouaké, students protested against fees.');
    expect(evs.filter((e) => e.eventType === 'protest')).toHaveLength(2);
  });

  it('needs a speaker for a statement', () => {
    expect(events('The decision was condemned.').filter((e) => e.eventType === 'statement')).toEqual([]);
    const doc = runUpTo({ text: 'Amnesty International condemned the executions in Riyadh.', published: '2026-03-04' });
    const st = doc.events.find((e) => !e.dropped && e.eventType === 'statement')!;
    expect(st.participants.map((p) => [p.role, nameOf(doc, p.entity)])).toContainEqual(['speaker', 'Amnesty International']);
  });
});

describe('planned events', () => {
  it('keeps no event dated after the article: it has not happened', () => {
    const evs = events('The draft is scheduled for a vote in parliament on Friday, the speaker of the Knesset said.', { published: '2026-03-04' });
    expect(evs.filter((e) => e.eventType === 'election')).toEqual([]);
    const past = events('Lawmakers in the Knesset held a vote on Monday.', { published: '2026-03-04' });
    expect(past.filter((e) => e.eventType === 'election').map((e) => e.startDate)).toEqual(['2026-03-02']);
  });

  it('reads a crowd voicing slogans as a protest, and one person shouting as none', () => {
    expect(events('Hundreds of people outside the court in Lagos shout "free them all".').map((e) => e.eventType)).toEqual(['protest']);
    expect(events('The minister shouted at reporters in Lagos.').filter((e) => e.eventType === 'protest')).toEqual([]);
  });

  it('makes "the attack" told again a mention of the attack told before', () => {
    const evs = events('Gunmen attacked a bus in Kaduna on Monday. Officials said the attack was planned abroad.').filter((e) => e.eventType === 'attack');
    expect(evs).toHaveLength(1);
    expect(evs[0]!.mentions?.map((m) => m.text)).toEqual(['attack']);
  });

  it('does not make the agency that reports a happening a participant of it', () => {
    const doc = runUpTo({ text: 'In videos verified by AFP, a crowd in Abadan chants slogans against the government.', published: '2026-03-04' });
    const ev = doc.events.find((e) => !e.dropped && e.eventType === 'protest')!;
    expect(ev.participants.map((p) => nameOf(doc, p.entity))).not.toContain('Agence France-Presse');
    expect(nameOf(doc, ev.location)).toBe('Abadan');
  });

  it('makes the agent of a passive the actor, and no target the actor', () => {
    const doc = runUpTo({ text: 'Crowds chanted against Governor Ahmed Musa as protesters were shot by the Presidential Guard in Maiduguri.', published: '2026-03-04' });
    const attack = doc.events.find((e) => !e.dropped && e.eventType === 'attack')!;
    expect(attack.participants.filter((p) => p.role === 'actor').map((p) => nameOf(doc, p.entity))).toEqual(['Presidential Guard']);
  });

  it('makes a participle looking back on victims a mention of the happening told next', () => {
    const text = 'Crowds in Lagos gathered to mourn protesters killed in the crackdown. Witnesses said soldiers killed 12 people at the toll gate on October 20.';
    const attacks = events(text).filter((e) => e.eventType === 'attack');
    expect(attacks).toHaveLength(1);
    expect(attacks[0]!.startDate).toBe('2025-10-20');
    expect(attacks[0]!.mentions?.map((m) => m.text)).toContain('killed');
  });
});
