// The one wink-nlp instance (English lite model, shipped in its npm package: nothing is downloaded). Loaded on
// first use, about 70 ms, so commands that never need part-of-speech tags or lemmas never pay for it.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type Nlp = ReturnType<typeof winkNLP>;

let instance: Nlp | null = null;

/** Only sentence breaks and part-of-speech tags (lemmas come from the tags): no reader of this instance uses
 *  negation, sentiment or entities, and leaving them out makes each document cheaper to read. */
const PIPE = ['sbd', 'pos'];

export function nlp(): Nlp {
  return (instance ??= winkNLP(model, PIPE));
}
