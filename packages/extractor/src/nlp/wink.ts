import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | undefined;

/** The process's one wink-nlp instance (a second instance breaks some of its patterns). */
export function wink(): Nlp {
  instance ??= winkNLP(model);
  return instance;
}
