import type { CasualtyCategory, Qualifier } from '@newsgraph/models';
import { lexicon, lexiconSet } from '../resources.js';
import { PhraseIndex } from '../text/token-phrases.js';

/** How a trigger word relates to the number it counts (see data/lexicons/figures/killed.txt). */
export type Frame = 'verb' | 'active' | 'intrans' | 'adj' | 'count' | 'of' | 'toll';

export interface Trigger {
  category: CasualtyCategory;
  frame: Frame;
  /** Only when the counted group is troops ("sent 14,000 troops"). */
  troops: boolean;
}

export const CATEGORIES: readonly CasualtyCategory[] = ['killed', 'injured', 'missing', 'arrested', 'displaced', 'deployed', 'kidnapped'];
const FRAMES = new Set<Frame>(['verb', 'active', 'intrans', 'adj', 'count', 'of', 'toll']);
const QUALIFIERS = new Set<Qualifier>(['exact', 'at_least', 'more_than', 'about', 'up_to', 'at_most', 'less_than', 'range', 'vague']);

/** Every word list of data/lexicons/figures, compiled once into Sets, Maps and phrase indexes. */
export interface FigureLexicon {
  triggers: PhraseIndex<Trigger>;
  /** Last words of the group nouns ("people", "soldiers", "workers"). */
  groupHeads: ReadonlySet<string>;
  militaryHeads: ReadonlySet<string>;
  leftFillers: ReadonlySet<string>;
  rightFillers: ReadonlySet<string>;
  tollLinks: ReadonlySet<string>;
  qualifiers: PhraseIndex<Qualifier>;
  vague: PhraseIndex<number>;
  vaguePrefixes: PhraseIndex<true>;
  numberWords: ReadonlyMap<string, number>;
  /** Words a number may begin with (number words, "a", "half", the first words of vague amounts). */
  numberStarters: ReadonlySet<string>;
  notBefore: ReadonlySet<string>;
  notAfter: ReadonlySet<string>;
  dateWords: ReadonlySet<string>;
  months: ReadonlySet<string>;
  sloganCues: ReadonlySet<string>;
  sourceVerbs: ReadonlySet<string>;
  sourcePreps: PhraseIndex<true>;
  subsetCues: PhraseIndex<true>;
  parentheticalCues: ReadonlySet<string>;
  cumulativeCues: PhraseIndex<true>;
  pronouns: ReadonlySet<string>;
  vetoVerbs: PhraseIndex<true>;
}

let compiled: FigureLexicon | undefined;

/** The figure lexicons, compiled on first use and kept for the life of the process. */
export function figureLexicon(): FigureLexicon {
  compiled ??= compile();
  return compiled;
}

function compile(): FigureLexicon {
  const triggers = new PhraseIndex<Trigger>();
  for (const category of CATEGORIES) {
    for (const line of lexicon(`figures/${category}`)) {
      const [tag, ...rest] = line.split(/\s+/);
      const [frame, cond] = tag!.split('+') as [Frame, string | undefined];
      if (!FRAMES.has(frame) || rest.length === 0) throw new Error(`figures/${category}: bad entry "${line}"`);
      triggers.add(rest.join(' '), { category, frame, troops: cond === 'troops' });
    }
  }
  const qualifiers = new PhraseIndex<Qualifier>();
  for (const line of lexicon('figures/qualifiers')) {
    const [q, ...rest] = line.split(/\s+/);
    if (!QUALIFIERS.has(q as Qualifier) || rest.length === 0) throw new Error(`figures/qualifiers: bad entry "${line}"`);
    qualifiers.add(rest.join(' '), q as Qualifier);
  }
  const vague = new PhraseIndex<number>();
  for (const line of lexicon('figures/vague')) {
    const [v, ...rest] = line.split(/\s+/);
    vague.add(rest.join(' '), Number(v));
  }
  const numberWords = new Map<string, number>();
  for (const line of lexicon('figures/number-words')) {
    const [w, v] = line.split(/\s+/);
    numberWords.set(w!.toLowerCase(), Number(v));
  }
  const heads = (name: string) => new Set(lexicon(name).map((p) => p.toLowerCase().split(/\s+/).pop()!));
  const militaryHeads = heads('figures/military-nouns');
  const groupHeads = heads('figures/group-nouns');
  for (const m of militaryHeads) groupHeads.add(m);
  const vaguePrefixes = phrases('figures/vague-prefixes');
  const numberStarters = new Set<string>([...numberWords.keys(), 'a', 'an', 'half', ...vague.firstWords(), ...vaguePrefixes.firstWords()]);
  return {
    triggers: triggers.freeze(),
    groupHeads,
    militaryHeads,
    leftFillers: lexiconSet('figures/left-fillers'),
    rightFillers: lexiconSet('figures/right-fillers'),
    tollLinks: lexiconSet('figures/toll-links'),
    qualifiers: qualifiers.freeze(),
    vague: vague.freeze(),
    vaguePrefixes,
    numberWords,
    numberStarters,
    notBefore: lexiconSet('figures/not-before'),
    notAfter: lexiconSet('figures/not-after'),
    dateWords: lexiconSet('figures/date-words'),
    months: lexiconSet('figures/months'),
    sloganCues: lexiconSet('figures/slogan-cues'),
    sourceVerbs: lexiconSet('figures/source-verbs'),
    sourcePreps: phrases('figures/source-preps'),
    subsetCues: phrases('figures/subset-cues'),
    parentheticalCues: lexiconSet('figures/parenthetical-cues'),
    cumulativeCues: phrases('figures/cumulative-cues'),
    pronouns: lexiconSet('figures/pronouns'),
    vetoVerbs: phrases('figures/veto-verbs'),
  };
}

function phrases(name: string): PhraseIndex<true> {
  const index = new PhraseIndex<true>();
  for (const p of lexicon(name)) index.add(p, true);
  return index.freeze();
}
