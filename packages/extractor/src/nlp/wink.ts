import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | undefined;

/**
 * The process's one wink-nlp instance (a second instance breaks some of its patterns), with only the
 * sentence splitter and the part-of-speech tagger: its NER, negation and sentiment steps would
 * halve the speed for nothing the pipeline reads.
 */
export function wink(): Nlp {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}
