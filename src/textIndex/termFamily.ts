// When two stemmed terms count as the same word. The light stemmer keeps names whole but leaves
// "normalize"/"normalization" or "serviceman"/"servicemen" apart; a long shared prefix joins them, and a
// small table joins the irregular verbs news writing leans on ("met"/"meet", "said"/"say").

const IRREGULAR = new Map<string, string>(Object.entries({
  met: 'meet', said: 'say', say: 'say', told: 'tell', held: 'hold', laid: 'lay', gave: 'give', given: 'give',
  made: 'make', took: 'take', taken: 'take', went: 'go', gone: 'go', began: 'begin', begun: 'begin', won: 'win',
  lost: 'lose', struck: 'strike', fled: 'flee', sent: 'send', spoke: 'speak', spoken: 'speak', wrote: 'write',
  written: 'write', found: 'find', left: 'leave', led: 'lead', rose: 'rise', risen: 'rise', fell: 'fall',
  fallen: 'fall', brought: 'bring', bought: 'buy', sold: 'sell', paid: 'pay', sought: 'seek', chose: 'choose',
  chosen: 'choose', ran: 'run', saw: 'see', seen: 'see', kept: 'keep', grew: 'grow', grown: 'grow', shot: 'shoot',
  stood: 'stand', broke: 'break', broken: 'break', came: 'come', became: 'become', knew: 'know', known: 'know',
  hit: 'hit', killed: 'kill', dead: 'die', died: 'die', death: 'die', deaths: 'die', arrested: 'arrest',
  hung: 'hang', drew: 'draw', drawn: 'draw', threw: 'throw', thrown: 'throw', flew: 'fly', flown: 'fly',
  meet: 'meet', tell: 'tell', hold: 'hold',
}));

const NUMBER_WORDS = new Map<string, string>(Object.entries({
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17',
  eighteen: '18', nineteen: '19', twenty: '20', thirty: '30', forty: '40', fifty: '50',
  // ordinals as their numbers ("the sixth round" is "the 6th round"); not "first" and "second", which
  // more often mean "earliest" and a unit of time
  third: '3', fourth: '4', fifth: '5', sixth: '6', seventh: '7', eighth: '8', ninth: '9', tenth: '10',
  eleventh: '11', twelfth: '12', twentieth: '20',
}));

/** A stemmed term in its comparable form: irregular verbs to their lemma, small number words to digits. */
export function canon(term: string): string {
  return IRREGULAR.get(term) ?? NUMBER_WORDS.get(term) ?? term;
}

/** Other spellings of a term's lemma, for expanding a query against an index of raw stems (the same list
 *  for every call: callers only read it). */
export function irregularForms(term: string): readonly string[] {
  let out = formsMemo.get(term);
  if (!out) {
    if (formsMemo.size > FORMS_MEMO) formsMemo.clear();
    formsMemo.set(term, (out = formsOf(term)));
  }
  return out;
}

/** Terms whose forms are kept: every query asks for those of each of its terms. */
const FORMS_MEMO = 20_000;
const formsMemo = new Map<string, string[]>();

function formsOf(term: string): string[] {
  const lemma = canon(term);
  const out: string[] = [];
  for (const [form, l] of IRREGULAR) if (l === lemma && form !== term) out.push(form);
  for (const [word, digits] of NUMBER_WORDS) {
    if (digits === lemma && word !== term) out.push(word);
    if (word === term && digits !== term) out.push(digits);
  }
  return out;
}

/** Shortest shared prefix for two different words to be one family. */
export const FAMILY_PREFIX = 5;

/** True for the same term, or two words sharing a long prefix (at least 5 letters and 80% of the shorter). */
export function sameFamily(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  if (n < FAMILY_PREFIX) return false;
  let p = 0;
  while (p < n && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  // the digit test last: a judged passage asks this of every word pair, and most share no prefix
  return p >= FAMILY_PREFIX && p >= 0.8 * n && !hasDigit(a) && !hasDigit(b);
}

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
