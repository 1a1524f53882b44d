import type { EntityType } from '@newsgraph/models';
import { mentionCandidate } from '../doc/candidates.js';
import { isTitleCase } from '../entities/chunk.js';
import { isParticle } from '../entities/words.js';
import { matchDemonymAt } from '../gazetteer/index.js';
import { isShouted } from '../ner/doc-context.js';
import { lexiconSet } from '../resources.js';
import { shippedTagger } from '../ner/shipped.js';
import { taggerWords } from '../ner/tagger-words.js';
import type { Stage } from './stage.js';

/**
 * A person's name goes on over a particle joined to a capitalised word ("Abu Mohammed al-Julani",
 * "Abdel Fattah el-Sisi"): CoNLL-2003 has few such names, and the tagger may stop before them.
 */
function particleEnd(words: readonly string[], end: number): number {
  while (end < words.length) {
    const m = /^(\p{Ll}+)[-‑]\p{Lu}/u.exec(words[end]!);
    if (!m || !isParticle(m[1]!)) break;
    end++;
  }
  return end;
}

const TYPES: Record<string, EntityType | undefined> = { PER: 'Person', LOC: 'Place', ORG: 'Organization' };

/**
 * Proposes the names the trained tagger finds (see ner/), each with the model's calibrated
 * confidence (how often a name with its margin is right, on the rules' 0..1 scale): an averaged perceptron over word, shape,
 * context, gazetteer and word-cluster features, trained on CoNLL-2003. It reads names no list
 * knows ("Takaichi", "Kurtulmuş"); the rules' proposals sit beside it and resolve-entities settles
 * where they disagree. MISC names (nationalities, events, works) make no record entity.
 */
export const detectTaggedEntities: Stage = {
  name: 'detect-tagged-entities',
  run(doc) {
    const languages = lexiconSet('entities/languages');
    const read = doc.sentences.map((s) => taggerWords(doc, s));
    const sentences = read.map((r) => r.words);
    const tagged = shippedTagger().tag(sentences);
    tagged.forEach((spans, si) => {
      const sentence = doc.sentences[si]!;
      // In a title-case headline capitals say nothing, and the tagger learnt from body text and
      // all-caps headlines; the names there are found again from the body (resolve-coreference).
      const kind = doc.sections[sentence.section]?.kind;
      if ((kind === 'headline' || kind === 'subhead') && isTitleCase(doc, sentence) && !isShouted(sentences[si]!)) return;
      const words = read[si]!.words;
      for (const span of spans) {
        // "Iranians", "written in Korean": demonyms and languages are MISC in CoNLL and no entity in
        // the records; the tagger may still slip.
        const n = span.end - span.start;
        // They stay out of otherNames too: "the Turkish parliament" is still an organisation.
        if (matchDemonymAt(words, span.start)?.length === n || (n === 1 && languages.has(words[span.start]!.toLowerCase()))) continue;
        const last = span.type === 'PER' ? particleEnd(words, span.end) : span.end;
        const start = doc.tokens[read[si]!.first[span.start]!]!.start;
        const end = doc.tokens[read[si]!.last[last - 1]!]!.end;
        const confidence = span.confidence ?? 0.5;
        const type = TYPES[span.type];
        if (type) doc.mentions.push(mentionCandidate({ start, end, text: doc.text.slice(start, end), type, rule: 'entities/tagger', confidence }));
        // A one-word MISC name ("Israel-Hamas" war, "Olympic") may hold names the rules split out.
        else if (n > 1) doc.otherNames.push({ start, end, rule: 'entities/tagger-misc', confidence });
      }
    });
  },
};
