// Does a passage carry a claim? Coverage of the claim's weighted parts, then the checks that turn a close
// match into support or conflict: every number present (or a different one in its place), every name
// present (or named by an alias, or earlier in the article), the same month, the same polarity.
import { oneEditApart } from '../../text/edits.js';
import { isShortForm } from '../../text/shortForms.js';
import { BETTERED_VERBS as BETTERED } from '../../extract/lexicon/lists.js';
import { canon, sameFamily } from '../../textIndex/termFamily.js';
import { terms } from '../../text/tokens.js';
import type { Claim } from './claim.js';
import { betteredAlike, rolesAt, type Roles } from './roles.js';
import { phrase } from './phrase.js';
import { isTelling } from './telling.js';
import { rivalInSlot } from './slots.js';
import { orderSwapped } from './order.js';
import { isCue, negatedSpan, NEGATION_REACH, tokenize, type Token } from './passage.js';

export interface Conflict { claim: string; source: string; reason: string }

export interface Judgement {
  /** Weighted share of all the claim's parts the passage carries, 0..1. */
  coverage: number;
  /** The same over content words only (no names, numbers or dates). */
  wordCoverage: number;
  supports: boolean;
  conflicts: Conflict[];
  /** Names, numbers and dates of the claim the passage does not give, as the claim writes them. */
  missing: string[];
  /** The claim's acts (indices into `claim.acts`) the passage states with the claim's own sides. */
  heldActs: number[];
  /** The claim's act the passage states with a named side swapped (a conflict it reports), or null. */
  swappedAct: number | null;
}

/**
 * A passage that supports a claim without saying who did it to whom ("a sixth-round stoppage") does not
 * outweigh one on the same subject that names the sides the other way round ("Klitschko stopped Thompson"
 * for "Thompson stopped Klitschko"): such support turns partial. Marks the judgements in place.
 */
export function overruleRoleBlind(judgements: Judgement[]): void {
  const swapped = new Set(judgements.flatMap((j) => (j.swappedAct === null ? [] : [j.swappedAct])));
  if (swapped.size === 0) return;
  for (const j of judgements) {
    if (j.supports && [...swapped].some((act) => !j.heldActs.includes(act))) j.supports = false;
  }
}

/** Content words a passage must carry to support a claim, set on ecbplus-dev in aggregate (retold true claims
 *  supported with their own article in the top five / retold false ones refused): 0.5 0.57/0.77, 0.45
 *  0.67/0.72, 0.4 0.70/0.70, 0.35 0.72/0.63. A false claim called supported costs more trust than a true one
 *  shown as a partial match, so the lowest setting that refuses no fewer false claims than before wins.
 *  Re-swept after the later rules for roles, places and denials: 0.4 0.79/0.79, 0.45 0.79/0.80, 0.5 0.75/0.85,
 *  0.55 0.66/0.86, 0.6 0.53/0.87; 0.5 kept. Names, numbers, roles and polarity are checked apart. */
export const SUPPORT_COVERAGE = 0.5;
/** A conflict counts only when the passage is otherwise about the same thing. */
export const CONFLICT_COVERAGE = 0.6;
/** Word coverage below which a passage neither supports nor conflicts, whatever else it says. */
const SETTLED_BELOW = Math.min(SUPPORT_COVERAGE, CONFLICT_COVERAGE);
/** What a claim word counts for when the passage has a word of the same sense instead (WordNet). */
export const ALIKE_CREDIT = 0.75;
/** What a content word found only in the text before the passage counts for. */
const CONTEXT_CREDIT = 0.5;
/** Share of the claim a passage must carry by itself before the text before it is read. */
const CONTEXT_GATE = 0.3;

const AUXILIARIES = new Set(['did', 'does', 'do', 'was', 'were', 'is', 'are', 'had', 'has', 'have', 'could', 'would', 'will', 'should',
  'can', 'may', 'might', 'must']);

/** "ESA", "IR", "KC", "PCs", "AFC's": letters that may stand for a name written out. */
const isAcronym = (t: Token) => t.kind === 'name' && /^[A-Z]{2,5}(?:s|'s|’s)?$/.test(t.raw);
const SPELL_SKIP = new Set(['of', 'the', 'and', 'for', '&']);

/** Whether the passage spells the abbreviation out: words in a row whose initials are its letters
 *  ("Endangered Species Act", "injured reserve", "Kansas City"). */
function spelledOut(abbr: Token, tokens: Token[]): boolean {
  const letters = abbr.raw.replace(/(?:'s|’s|s)$/, '').toLowerCase();
  const words = tokens.filter((t) => !SPELL_SKIP.has(t.word));
  for (let i = 0; i + letters.length <= words.length; i++) {
    let k = 0;
    while (k < letters.length && words[i + k]!.word[0] === letters[k]) k++;
    if (k === letters.length) return true;
  }
  return false;
}

function matches(claimToken: Token, t: Token, titleCase = false): boolean {
  if (claimToken.kind === 'number' || claimToken.kind === 'year') return t.key === claimToken.key;
  if (t.kind === 'number' || t.kind === 'year' || t.kind === 'stop') return false;
  // a name is carried by a name: "Mount Explorer" is not in "attacks have been mounting"
  // (unless the claim capitalises every word, as a headline does)
  if (claimToken.kind === 'name' && t.kind === 'word' && !titleCase) return false;
  if (sameFamily(claimToken.key, t.key)) return true;
  if (claimToken.kind !== 'name') return false;
  // "Philly" for "Philadelphia", "Mt" for "Mount": a name typed short is carried by the name written out
  return (claimToken.key.length >= 5 && oneEditApart(claimToken.key, t.key)) || (t.kind === 'name' && isShortForm(claimToken.word, t.word));
}

/** Content tokens near position `i` (three either side, within its sentence), for telling which number
 *  stands for what. */
function neighbours(tokens: Token[], i: number, text: string): Token[] {
  const out: Token[] = [];
  const apart = (a: Token, b: Token) => /[.!?;]/.test(text.slice(a.end, b.start));
  const take = (j: number) => tokens[j]!.kind !== 'stop' && out.push(tokens[j]!) > 0;
  for (let j = i - 1, n = 0; j >= 0 && n < 3 && !apart(tokens[j]!, tokens[j + 1]!); j--) if (take(j)) n++;
  for (let j = i + 1, n = 0; j < tokens.length && n < 3 && !apart(tokens[j - 1]!, tokens[j]!); j++) if (take(j)) n++;
  return out;
}

/** The content words just after token `i` in its clause: what a number counts ("three *seasons*"). */
function unitOf(tokens: Token[], i: number, text: string): Token[] {
  const out: Token[] = [];
  for (let j = i + 1; j < tokens.length && out.length < 2 && !/[.!?;,:]/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start)); j++) {
    if (tokens[j]!.kind !== 'stop') out.push(tokens[j]!);
  }
  return out;
}

/** Counts a passage carries by listing: "his WBA, IBF and WBO title belts" for "his 3 belts", up to this many. */
const MAX_LISTED = 6;

/** How many names the passage lists just before token `j` ("WBA, IBF and WBO heavyweight title belts": 3),
 *  after at most two plain words; 0 when it lists none. Each name is one word or a run of them. */
function listedBefore(tokens: Token[], j: number, text: string): number {
  const gap = (a: Token, b: Token) => text.slice(a.end, b.start);
  let k = j - 1;
  for (let skipped = 0; k >= 0 && tokens[k]!.kind === 'word' && skipped < 2; skipped++) k--;
  let items = 0;
  while (k >= 0 && tokens[k]!.kind === 'name') {
    while (k > 0 && tokens[k - 1]!.kind === 'name' && /^\s+$/.test(gap(tokens[k - 1]!, tokens[k]!))) k--;
    items++;
    const before = tokens[k - 1];
    if (!before) break;
    if (/^\s*,\s*$/.test(gap(before, tokens[k]!)) && before.kind === 'name') k -= 1;
    else if (before.word === 'and' && tokens[k - 2]?.kind === 'name') k -= 2;
    else break;
  }
  return items >= 2 ? items : 0;
}

/** The claim's number `i` in the passage, counting the same thing: when either does not say what it counts,
 *  or they share a word around it ("three seasons" is not carried by "three weeks … one season"; "43 people
 *  killed" is by "killed … risen to 43"). */
function numberInPlace(claimTokens: Token[], i: number, claimText: string, tokens: Token[], text: string): boolean {
  const c = claimTokens[i]!;
  const unit = unitOf(claimTokens, i, claimText);
  const around = neighbours(claimTokens, i, claimText);
  const shared = (a: Token[], b: Token[]) => a.some((n) => b.some((x) => matches(x, n)));
  const n = Number(c.key);
  const listed = (t: Token, j: number) => matches(unit[0]!, t) && listedBefore(tokens, j, text) === n;
  if (n >= 2 && n <= MAX_LISTED && unit.length && tokens.some(listed)) return true;
  return tokens.some((t, j) => {
    if (t.key !== c.key || t.kind === 'stop') return false;
    const theirs = unitOf(tokens, j, text);
    return unit.length === 0 || theirs.length === 0 || shared(theirs, unit) || shared(neighbours(tokens, j, text), around);
  });
}

/**
 * Judges a passage against the claim. `tokens` are the passage's tokens, their offsets into `text` (the
 * passage, or the paragraph holding it). `context` is text read before the passage (headline, earlier
 * paragraphs): a name the passage leaves out but the context gives ("He also laid wreaths…") still counts.
 * `termsOf` splits the context into terms (a caller judging many passages passes one that remembers words).
 */
export function judge(
  claim: Claim,
  text: string,
  context: () => string,
  tokens: Token[] = tokenize(text),
  termsOf: (text: string) => string[] = terms,
  inArticle: (term: string) => boolean = () => false,
): Judgement {
  const reading = readPassage(claim, text, context, tokens, termsOf, inArticle);
  const { coverage, wordCoverage } = coverageOf(claim, reading, new Set(tokens.filter((t) => t.kind !== 'stop').map((t) => t.key)));
  const missing = claim.parts.filter((_, i) => !reading.covered[i] && !reading.soft[i]).map((p) => p.token.raw);
  // too little of the claim's words to support it or to conflict with it: the checks below could change
  // neither (most passages a query judges end here, so it skips most of their cost)
  if (wordCoverage < SETTLED_BELOW) {
    return { coverage, wordCoverage, supports: false, conflicts: [], missing, heldActs: [], swappedAct: null };
  }
  const conflicts = valueConflicts(claim, reading.covered, tokens, text);
  const place = placeConflict(claim, reading.covered, tokens, text);
  if (place) conflicts.push(place);
  const polarity = polarityOf(claim, tokens, text);
  conflicts.push(...polarity.conflicts);
  const order = conflicts.length === 0 ? orderSwapped(claim.tokens, claim.text, tokens, text) : null;
  if (order) conflicts.push({ claim: claim.text, source: order, reason: `the article says ${order}` });
  // the claim's doer on the receiving end in the passage, or the other way round
  // (only a passage without other conflicts can support the claim or report the swap: only there do roles count)
  const roles = conflicts.length === 0 ? swappedRoles(claim, tokens, text) : NO_ROLES;
  if (roles.swapped) {
    const swap = roles.swapped.words;
    conflicts.push({ claim: claim.text, source: swap, reason: `the article says ${swap}` });
  }
  const supports = missing.length === 0 && conflicts.length === 0 && polarity.deniesToo && wordCoverage >= SUPPORT_COVERAGE &&
    outcomesHeld(claim, reading.covered, tokens);
  const relevant = wordCoverage >= CONFLICT_COVERAGE;
  const swappedAct = relevant && roles.swapped && conflicts.some((c) => c.source === roles.swapped!.words) ? roles.swapped.act : null;
  return { coverage, wordCoverage, supports, conflicts: relevant ? conflicts : [], missing, heldActs: roles.held, swappedAct };
}

/** Whether the passage carries each of the claim's verbs that say whether its event happened: the verb
 *  itself or a word of its sense (WordNet or the same-sense list). A sentence about a fall does not
 *  support "survived a fall"; at most it matches partly. */
function outcomesHeld(claim: Claim, covered: boolean[], tokens: Token[]): boolean {
  if (claim.outcomes.every((i) => covered[i])) return true;
  const keys = new Set(tokens.map((t) => t.key));
  return claim.outcomes.every((i) => covered[i] || claim.parts[i]!.alike.some((ks) => ks.every((k) => keys.has(k))));
}

/** What a passage's words tell about the claim's parts: which it carries, and which weigh as plain words. */
interface Reading {
  covered: boolean[];
  /** Plain words, and abbreviations the passage neither writes nor spells out. */
  soft: boolean[];
  /** Whether the text before the passage is read too (only when the passage carries a fair share itself). */
  useContext: boolean;
  ctxTerms: () => string[];
}

function readPassage(
  claim: Claim, text: string, context: () => string, tokens: Token[], termsOf: (text: string) => string[],
  inArticle: (term: string) => boolean,
): Reading {
  const { parts } = claim;
  const covered = directlyCovered(claim, tokens, text, inArticle);
  const weight = (f: (i: number) => boolean) => parts.reduce((s, p, i) => s + (f(i) ? p.weight : 0), 0);
  const useContext = weight((i) => covered[i]!) / (weight(() => true) || 1) >= CONTEXT_GATE;
  // an abbreviation the passage neither writes nor spells out ("TDs", "GM") weighs as a plain word: it
  // may stand for words the passage uses ("touchdowns") or for nothing in it
  const soft = parts.map((p, i) => p.token.kind === 'word' || (!covered[i] && isAcronym(p.token)));
  let contextTerms: string[] | null = null;
  const ctxTerms = () => (contextTerms ??= canonTerms(termsOf(context())));
  // one name left out of the passage but given just before it ("He also laid wreaths …"); with two or
  // more left out, the passage may well be about other people (measured on ecbplus-dev)
  const missingNames = claim.names.filter((run) => run.some((i) => !covered[i] && !soft[i]));
  // a place the claim gives ("in Indianapolis") is not taken from before the passage when the passage
  // itself names another place ("in Jacksonville"), nor when the text before gives it only inside another
  // name or as a side ("the Indianapolis Colts")
  const placeGiven = (run: number[]) => {
    if (otherPlace(claim, tokens) !== null) return false;
    const ctx = context();
    return placeIn(claim, run, tokenize(ctx), ctx);
  };
  if (useContext && missingNames.length === 1) {
    const run = missingNames[0]!;
    const ctx = ctxTerms();
    // (the text before is read word by word only when it holds the name at all)
    const given = run.every((i) => covered[i] || ctx.some((t) => sameFamily(parts[i]!.token.key, t)));
    if (given && (!placeOfClaim(claim, run) || placeGiven(run))) for (const i of run) covered[i] = true;
  }
  return { covered, soft, useContext, ctxTerms };
}

/** Comparable forms of a list of terms, by the list: a caller's `termsOf` hands one context's terms out as the
 *  same list to every passage it precedes, and each passage judged would otherwise map them again. */
const canonMemo = new WeakMap<readonly string[], string[]>();
function canonTerms(list: string[]): string[] {
  let out = canonMemo.get(list);
  if (!out) canonMemo.set(list, (out = list.map(canon)));
  return out;
}

/** Words before a place ("in Mannheim", "at Jacksonville"). */
const PLACE_WORDS = new Set(['in', 'at']);

/** Whether the claim's run of names stands after "in" or "at": a place. */
function placeOfClaim(claim: Claim, run: number[]): boolean {
  const first = claim.parts[run[0]!]!.token;
  return /\b(?:in|at)\s+(?:the\s+)?$/i.test(claim.text.slice(Math.max(0, first.start - 8), first.start));
}

/** Where the passage names a place ("in Jacksonville") that is none of the claim's names: the index of the
 *  "in" or "at", or null. */
function otherPlace(claim: Claim, tokens: Token[]): number | null {
  const j = tokens.findIndex((t, k) => PLACE_WORDS.has(t.word) && tokens[k + 1]?.kind === 'name' &&
    !claim.parts.some((p) => p.token.kind === 'name' && matches(p.token, tokens[k + 1]!)));
  return j < 0 ? null : j;
}

/** Another place in the claim's place slot: the claim's place ("in Paris") not in the passage, which gives
 *  another ("in Lyon"). */
function placeConflict(claim: Claim, covered: boolean[], tokens: Token[], text: string): Conflict | null {
  const run = claim.names.find((r) => placeOfClaim(claim, r) && r.some((i) => !covered[i]));
  // only a passage that names everyone else the claim does tells the same event somewhere else
  const rest = claim.names.filter((r) => r !== run).flat();
  const j = run && rest.length > 0 && rest.every((i) => covered[i]) ? otherPlace(claim, tokens) : null;
  if (!run || j === null) return null;
  let end = j + 1;
  while (tokens[end + 1]?.kind === 'name' && /^\s+$/.test(text.slice(tokens[end]!.end, tokens[end + 1]!.start))) end++;
  const theirs = text.slice(tokens[j]!.start, tokens[end]!.end);
  const first = claim.parts[run[0]!]!.token;
  const mine = claim.text.slice(claim.tokens[claim.tokens.indexOf(first) - 1]?.start ?? first.start, claim.parts[run.at(-1)!]!.token.end);
  return { claim: mine, source: theirs, reason: `the article says ${theirs}, not ${mine}` };
}

/** Words before a side in a contest ("a win over Evansville", "the visiting Jaguars"): a name there is who
 *  played, not where. */
const SIDE_WORDS = new Set(['over', 'against', 'vs', 'versus', 'visiting', 'host', 'hosted', 'hosting']);

/** Whether the passage gives the claim's place (a run of names after "in" or "at") as a place: somewhere
 *  not fused into another of the claim's names ("the Indianapolis Colts" for "the Colts … in Indianapolis")
 *  and not as a side in a contest ("beat Evansville" for "a win at Evansville"). */
function placeIn(claim: Claim, run: number[], tokens: Token[], text: string): boolean {
  const first = claim.parts[run[0]!]!.token;
  const last = run.length - 1;
  const others = claim.parts.filter((p, i) => p.token.kind === 'name' && !run.includes(i)).map((p) => p.token);
  const joined = (a: Token, b: Token) => /^\s+$/.test(text.slice(a.end, b.start));
  const fused = (t: Token | undefined) => t !== undefined && t.kind === 'name' && others.some((o) => matches(o, t));
  return tokens.some((t, j) => {
    if (!matches(first, t)) return false;
    const before = tokens[j - 1];
    const after = tokens[j + last + 1];
    if (before && joined(before, t) && fused(before)) return false;
    if (after && joined(tokens[j + last]!, after) && fused(after)) return false;
    return !(before && (SIDE_WORDS.has(before.word) || (BETTERED.has(before.key) && before.kind === 'word')));
  });
}

/** The claim's parts the passage itself carries: the word (a number beside its own words), a person's other
 *  name, a first name the article gives elsewhere. */
function directlyCovered(claim: Claim, tokens: Token[], text: string, inArticle: (term: string) => boolean): boolean[] {
  const { parts } = claim;
  const content = tokens.filter((t) => t.kind !== 'stop');
  const claimTokens = parts.map((p) => p.token);
  const covered = parts.map((p, i) => (p.token.kind === 'number' ? numberInPlace(claimTokens, i, claim.text, tokens, text)
    : content.some((t) => matches(p.token, t, claim.titleCase)) || (isAcronym(p.token) && spelledOut(p.token, tokens))));
  // a person named another way: any of their names or roles, whole, in the passage
  const passageKeys = content.map((t) => t.key);
  for (const g of claim.people) {
    if (g.positions.every((i) => covered[i])) continue;
    const named = g.alternatives.some((alt) => alt.every((a) => passageKeys.some((k) => sameFamily(a, k))));
    if (named) for (const i of g.positions) covered[i] = true;
  }
  for (const run of claim.names) if (placeOfClaim(claim, run) && run.every((i) => covered[i]) && !placeIn(claim, run, tokens, text)) {
    for (const i of run) covered[i] = false;
  }
  // "Sergei Lavrov" is carried by "Lavrov" when the article gives "Sergei" somewhere; "Hasim Angeles
  // Superior Court" is not carried by "Los Angeles Superior Court"
  for (const run of claim.names) {
    if (!covered[run.at(-1)!]) continue;
    for (const i of run) if (!covered[i] && inArticle(parts[i]!.token.term)) covered[i] = true;
  }
  return covered;
}

/** Weighted share of the claim the passage carries, over all parts and over plain words only. A word of the
 *  same sense counts less than the word itself (words of the same sense are matched by their exact key: a
 *  set look-up, as a passage is judged often); one left to the paragraphs just before it counts half. */
function coverageOf(claim: Claim, r: Reading, keySet: ReadonlySet<string>): { coverage: number; wordCoverage: number } {
  let all = 0;
  let got = 0;
  let words = 0;
  let wordsGot = 0;
  claim.parts.forEach((p, i) => {
    const credit = r.covered[i] ? 1
      : p.alike.some((keys) => keys.every((k) => keySet.has(k))) ? ALIKE_CREDIT
        : r.useContext && p.token.kind === 'word' && r.ctxTerms().some((t) => sameFamily(p.token.key, t)) ? CONTEXT_CREDIT : 0;
    all += p.weight;
    got += credit * p.weight;
    if (r.soft[i]) {
      words += p.weight;
      wordsGot += credit * p.weight;
    }
  });
  return { coverage: all ? got / all : 0, wordCoverage: words ? wordsGot / words : 1 };
}

/** Another number or date in the claim's slot: a different number whose neighbouring words match the claim
 *  number's, another month or weekday. */
function valueConflicts(claim: Claim, covered: boolean[], tokens: Token[], text: string): Conflict[] {
  const conflicts: Conflict[] = [];
  const claimTokens = claim.parts.map((p) => p.token);
  const says = (rival: Token, own: Token) =>
    conflicts.push({ claim: own.raw, source: rival.raw, reason: `the article says ${rival.raw}, not ${own.raw}` });
  claim.parts.forEach((p, i) => {
    if (covered[i]) return;
    const kind = p.token.kind;
    if (kind === 'number' || kind === 'year') {
      const around = neighbours(claimTokens, i, claim.text);
      const need = Math.min(2, around.length);
      const rival = tokens.find((t, j) => (t.kind === 'number' || t.kind === 'year') && !claimTokens.some((c) => c.key === t.key) &&
        neighbours(tokens, j, text).filter((n) => around.some((a) => matches(a, n))).length >= need && need > 0);
      if (rival) says(rival, p.token);
    } else if (kind === 'month' || kind === 'weekday') {
      const rival = tokens.find((t) => t.kind === kind && t.key !== p.token.key);
      if (rival) says(rival, p.token);
    } else if (kind === 'word') {
      const rival = rivalInSlot(p.token, claim.text, tokens, text);
      if (rival) says(rival, p.token);
    }
  });
  return conflicts;
}

/** The same polarity: a word the article denies that the claim asserts, or the other way round. `deniesToo`:
 *  a claim that denies something is carried only by a passage that denies something of it too (the word a
 *  denial first governs, "did not *destroy* any records", not any word near some other denial). */
function polarityOf(claim: Claim, tokens: Token[], text: string): { conflicts: Conflict[]; deniesToo: boolean } {
  const { parts } = claim;
  // a word a few words after one of the claim's own denials ("no chance of *parole*") is no conflict
  const nearDenial = parts.map((_, i) => parts.slice(Math.max(0, i - 2), i + 1).some((p) => p.denied));
  const passageNegated = negatedSpan(tokens);
  const claimTokens = parts.map((p) => p.token);
  const heads = parts.filter((p, i) => p.denied && p.token.kind === 'word' && !(i > 0 && parts[i - 1]!.denied));
  // "with no chance of parole" is carried by "without parole": the word after the claim's first denied one,
  // right after the passage's cue
  const nextWords = parts.filter((p, i) => i > 0 && heads.includes(parts[i - 1]!) && p.token.kind === 'word');
  const deniesToo = !claim.negated || tokens.some((t, j) => passageNegated[j] &&
    ((tokens[j - 1]?.negation === true && nextWords.some((p) => matches(p.token, t))) ||
      heads.some((p) => matches(p.token, t) || p.alike.some((keys) => keys.length === 1 && sameFamily(keys[0]!, t.key)) ||
      (isTelling(p.token) && isTelling(t)))));
  const negation = negationIn(tokens, passageNegated, claimTokens, text, (k) => nearDenial[k]!);
  if (negation) return { conflicts: [{ claim: claim.text, source: negation, reason: `the article says ${negation}` }], deniesToo };
  for (let i = 0; i < claimTokens.length; i++) {
    const c = claimTokens[i]!;
    // only the word a denial first governs ("without *outside* scientific review"); "wouldn't say why, but
    // a source says …": the claim states the word plainly too
    if (!parts[i]!.denied || (i > 0 && parts[i - 1]!.denied)) continue;
    if (c.kind !== 'word' || claimTokens.some((d, k) => !parts[k]!.denied && d.key === c.key)) continue;
    const found = tokens.map((t, j) => (matches(c, t) ? j : -1)).filter((j) => j >= 0);
    // "would not say" is carried by "would not disclose", whoever else says something in the passage
    const deniedTelling = isTelling(c) && tokens.some((t, j) => passageNegated[j] && isTelling(t));
    if (found.length && found.every((j) => !passageNegated[j]) && !deniedTelling) {
      const plain = clauseAround(tokens, found[0]!, text);
      return { conflicts: [{ claim: claim.text, source: plain, reason: `the article says ${plain}` }], deniesToo };
    }
  }
  return { conflicts: [], deniesToo };
}

/** The negated words of the passage ("not a single body … was handed over"), when a negation cue governs
 *  one of the claim's words; null otherwise. */
function negationIn(
  tokens: Token[], scope: boolean[], claimTokens: Token[], text: string, deniedInClaim: (k: number) => boolean,
): string | null {
  for (let i = 0; i < tokens.length; i++) {
    if (!isCue(tokens, i)) continue;
    for (let j = i + 1; j <= i + NEGATION_REACH && j < tokens.length && scope[j]; j++) {
      const t = tokens[j]!;
      // "wouldn't reveal why" denies "explained why": one verb of telling for another
      const said = claimTokens.find((c, k) => c.kind === 'word' && (matches(c, t) || (isTelling(c) && isTelling(t))) && !deniedInClaim(k));
      // the passage also states the word outside the negation ("supported X …, and did not support Y"):
      // the claim's side is there too, so no conflict
      const alsoPlain = said && tokens.some((u, k) => (k < i || k > i + NEGATION_REACH) && matches(said, u));
      if (said && !alsoPlain) {
        // the negated clause, from the cue ("did not collapse", not "not collapse")
        return phrase(tokens, i > 0 && AUXILIARIES.has(tokens[i - 1]!.word) ? i - 1 : i, j, text);
      }
    }
  }
  return null;
}

/** The clause around token `j`: back to the last comma or sentence stop, on to the next, a few words either
 *  side ("Lavrov met Bayramov in Moscow"). */
function clauseAround(tokens: Token[], j: number, text: string): string {
  const stop = (a: number, b: number) => /[,;:.!?()\u2014]/.test(text.slice(tokens[a]!.end, tokens[b]!.start));
  let from = j;
  while (from > 0 && from > j - 4 && !stop(from - 1, from)) from--;
  return phrase(tokens, from, j, text);
}

/** What a passage tells of the claim's acts (by index into `claim.acts`): those it states with the claim's
 *  sides, and the words of the first it states with a named side swapped. */
interface RoleReading { held: number[]; swapped: { act: number; words: string } | null }
const NO_ROLES: RoleReading = { held: [], swapped: null };

/** The passage's words for who did what to whom, when it swaps the claim's two sides, and which acts it
 *  states with the claim's own sides. */
function swappedRoles(claim: Claim, tokens: Token[], text: string): RoleReading {
  const holds = (side: Token[], other: Token[]) => side.some((c) => other.some((t) => matches(c, t)));
  const held: number[] = [];
  for (const [n, { verb, roles }] of claim.acts.entries()) {
    // the claim's verb, or a word of its sense ("beat" read in "defeated", "returned" in "handed over")
    // (a passage word of its sense must read as a verb: "beat" is a "round" too)
    const alike = claim.parts.find((p) => p.token === verb)?.alike ?? [];
    const verbal = (t: Token) => t.kind === 'word' && (/(ed|ing)$/.test(t.word) || canon(t.term) !== t.term);
    const isVerb = (t: Token, j: number) => matches(verb, t) || betteredAlike(verb, tokens, j)
      || (verbal(t) && alike.some((keys) => sameFamily(keys[0]!, t.key)));
    const at = tokens.flatMap((t, j) => (isVerb(t, j) ? [j] : []));
    // one mention of the verb with the claim's sides is enough, whatever else the passage says with it
    if (at.some((j) => {
      const p = rolesAt(tokens, j, text, false);
      return p.agent.length && roles.agent.length ? holds(roles.agent, p.agent) && !namesDiffer(roles.patient, p.patient)
        : holds(roles.patient, p.patient);
    })) {
      held.push(n);
      continue;
    }
    const other = otherNameInSide(claim, roles, tokens, text, at);
    if (other) return { held, swapped: { act: n, words: other } };
    for (const j of at) {
      const p = rolesAt(tokens, j, text, true);
      // a named side turning up on the other side is enough; plain nouns ("a running back") must both swap.
      // A side turns up by its head, its last word ("the teen" for "a Brooklyn teen"; "the fifth coach fired"
      // does not put "head coach Mo Cheeks" on the doing side)
      const named = [...roles.agent, ...roles.patient].some((t) => t.kind === 'name');
      const side = (ts: Token[]) => ts.slice(-1);
      const agentMoved = holds(side(roles.agent), p.patient) && !holds(roles.agent, p.agent);
      const patientMoved = holds(side(roles.patient), p.agent) && !holds(roles.patient, p.patient);
      const swapped = named ? agentMoved || patientMoved : agentMoved && patientMoved;
      if (!swapped || p.agent.length === 0 || p.patient.length === 0) continue;
      // the reason ends where the claim's side turns up, or with the words just after the verb
      const narrow = rolesAt(tokens, j, text, false).patient;
      const turned = p.patient.find((t) => holds(roles.agent, [t]));
      const span = [...p.agent, tokens[j]!, ...narrow, ...(turned ? [turned] : [])].map((t) => tokens.indexOf(t));
      return { held, swapped: { act: n, words: phrase(tokens, Math.min(...span), Math.max(...span), text) } };
    }
  }
  return { held, swapped: null };
}

const COORDINATORS = new Set(['and', 'or', 'but', 'then']);

/** Whether both sides name people and none of the passage's is one of the claim's. */
function namesDiffer(mine: Token[], theirs: Token[]): boolean {
  const named = (ts: Token[]) => ts.filter((t) => t.kind === 'name');
  return named(mine).length > 0 && named(theirs).length > 0 && !named(theirs).some((t) => mine.some((c) => matches(c, t)));
}

/** The passage's words when, at a mention of the claim's verb, a side the claim fills with names holds other
 *  of the claim's names while the other side agrees (or the claim gives none): "the Hawks fired Brenner" for
 *  "Ortiz was fired and Brenner hired" or "the Hawks fired Ortiz and hired Brenner". The claim has its
 *  people the other way round. */
function otherNameInSide(claim: Claim, roles: Roles, tokens: Token[], text: string, at: number[]): string | null {
  const claimNames = claim.parts.filter((p) => p.token.kind === 'name').map((p) => p.token);
  const holds = (side: Token[], t: Token) => side.some((c) => matches(c, t));
  const agrees = (mine: Token[], theirs: Token[]) => mine.length === 0 || theirs.some((t) => holds(mine, t));
  for (const j of at) {
    const p = rolesAt(tokens, j, text, false);
    // the second of two verbs ("scored … and passed Buford") has its doer further back than the words before it
    const agent = COORDINATORS.has(tokens[j - 1]?.word ?? '') ? [] : p.agent;
    const sides = [[roles.patient, p.patient, roles.agent, agent], [roles.agent, agent, roles.patient, p.patient]] as const;
    for (const [mine, theirs, mineOther, theirsOther] of sides) {
      if (!namesDiffer(mine, theirs) || !agrees(mineOther, theirsOther)) continue;
      // only a person the claim itself puts elsewhere: another name may be a further one done to ("passed
      // Harstad, then Buford")
      if (!theirs.some((t) => t.kind === 'name' && claimNames.some((c) => matches(c, t)))) continue;
      const span = [...p.agent, tokens[j]!, ...p.patient].map((t) => tokens.indexOf(t));
      return phrase(tokens, Math.min(...span), Math.max(...span), text);
    }
  }
  return null;
}
