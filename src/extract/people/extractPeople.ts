// People and organisations an article names, with aliases, roles and gender. Full names are grouped by
// spelling-folded surname and agreeing given names (Sergei/Sergey Lavrov one, Heydar/Ilham Aliyev two); a
// lone surname or title + surname joins the person it names; a lone capitalised word becomes a person only
// when a title or a verb of saying shows it is one. Groups that speak ("the ministry", "sources") are kept
// as organisations so their quotes have a speaker.
import type { Article } from '../../parse/article.js';
import type { LocalPerson } from '../types.js';
import { articleGrammar, type ArticleGrammar } from '../grammar/articleGrammar.js';
import { DEMONYMS, GENERIC_SPEAKERS, ROLE_NOUNS, isRoleNoun } from './lexicon.js';
import { findNameMentions, type NameMention } from './nameMentions.js';
import { NAME_SUFFIXES, sameName, splitName, type NameParts } from './nameForms.js';
import { describedSpeaker, groupSpeaker } from './speakerGroups.js';
import { roleWords } from './roleWords.js';
import type { Tok } from './wordTokens.js';
import type { Cue } from '../grammar/speechCues.js';
import { pronounGender } from './gender.js';
import { givenNameGender } from './givenNames.js';

interface Cluster {
  key: string;
  names: NameParts[];
  forms: Map<string, number>;
  aliases: Set<string>;
  roles: Set<string>;
  gender: { male: number; female: number };
  kind: 'person' | 'organization';
  /** Signs that this is a person and not a place or a thing: a title or role, a lone surname, speech,
   *  a pronoun that follows, a second mention. */
  evidence: number;
  mentions: number;
}

interface Located { m: NameMention; paragraph: number; toks: Tok[]; text: string }

const COUNTRY_OF = DEMONYMS;

/** "Azerbaijani President" → "President of Azerbaijan": both ways of writing a role, for role matching. */
export function roleVariants(role: string): string[] {
  const out = [role];
  const ws = role.split(/\s+/);
  const k = ws.findIndex((w) => COUNTRY_OF.has(w.toLowerCase()));
  if (k >= 0 && k < ws.length - 1) {
    const country = COUNTRY_OF.get(ws[k]!.toLowerCase())!.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
    out.push([...ws.slice(0, k), ...ws.slice(k + 1), 'of', country].join(' '));
  }
  return out;
}

/** ", a former Obama administration official," → "former Obama administration official". */
function appositiveRole(text: string, toks: Tok[], last: number): string | null {
  const next = toks[last + 1];
  if (!next) return null;
  const sep = text.slice(toks[last]!.end, next.start);
  // ("James B. Comey Jr., the director": a suffix's point before the comma)
  if (!/^\s*,\s*$/.test(sep) && !(NAME_SUFFIXES.has(toks[last]!.lower) && /^\.\s*,\s*$/.test(sep))) return null;
  let k = last + 1;
  if (['a', 'an', 'the'].includes(next.lower)) k++;
  else if (next.cap) return null; // ", Azerbaijani President Ilham Aliyev noted": another person, not a role
  let end = -1;
  let noun = false;
  for (let j = k; j < toks.length && j - k < 10; j++) {
    const t = toks[j]!;
    if (t.lower === 'who' || t.lower === 'which' || t.lower === 'said' || t.lower === 'says') break;
    if (ROLE_NOUNS.has(t.lower)) {
      if (toks[j + 1]?.cap && /^\s+$/.test(text.slice(t.end, toks[j + 1]!.start))) return null; // a title before a name
      noun = true;
      end = j;
    }
    const after = text.slice(t.end, toks[j + 1]?.start ?? text.length);
    if (/[,.;:()"\u201c\u201d]/.test(after)) { if (noun) end = j; break; }
  }
  if (!noun || end < k) return null;
  return text.slice(toks[k]!.start, toks[end]!.end);
}

/** "The opposition leader, Gareth Moss," → "opposition leader": a role set off before the name. */
function leadingRole(text: string, toks: Tok[], first: number): string | null {
  const prev = toks[first - 1];
  if (!prev || !/^\s*,\s*$/.test(text.slice(prev.end, toks[first]!.start)) || !ROLE_NOUNS.has(prev.lower)) return null;
  let k = first - 1;
  while (k > 0 && first - k < 6 && /^\s+$/.test(text.slice(toks[k - 1]!.end, toks[k]!.start))) {
    const w = toks[k - 1]!.lower;
    if (w === 'the' || w === 'a' || w === 'an' || w === 'his' || w === 'her' || w === 'its' || w === 'their') {
      return text.slice(toks[k]!.start, prev.end);
    }
    k--;
  }
  return null;
}

/** Every name mention in the body, in reading order. */
function locate(article: Article, grammar: ArticleGrammar): { located: Located[]; paras: { toks: Tok[]; text: string }[] } {
  const located: Located[] = [];
  const paras = article.paragraphs.map((p, k) => ({ toks: grammar.paragraphs[k]!.toks, text: p.text }));
  article.paragraphs.forEach((p, k) => {
    for (const m of findNameMentions(p.text, paras[k]!.toks)) located.push({ m, paragraph: k, toks: paras[k]!.toks, text: p.text });
  });
  return { located, paras };
}

type Paras = { toks: Tok[]; text: string }[];

/** "Ana Ruiz for the Herald said": the name before "of"/"for" in a speaker phrase speaks too. */
function nameBeforeLink(toks: Tok[], from: number, to: number): number | undefined {
  for (let j = from + 1; j < to; j++) if ((toks[j]!.lower === 'of' || toks[j]!.lower === 'for') && toks[j - 1]!.cap) return j - 1;
  return undefined;
}

/** "paragraph:token" of every speaker phrase's head: a name there is a person who speaks. */
function speakingTokens(paras: Paras, cues: Cue[][]): Set<string> {
  const spokeAt = new Set<string>();
  cues.forEach((cs, k) => {
    for (const cue of cs) {
      spokeAt.add(`${k}:${cue.subject.to}`);
      const linked = nameBeforeLink(paras[k]!.toks, cue.subject.from, cue.subject.to);
      if (linked !== undefined) spokeAt.add(`${k}:${linked}`);
    }
  });
  return spokeAt;
}

/** Gender from the pronouns that follow a person's mentions, the given name and gendered roles. */
function voteGender(assigned: { loc: Located; cluster: Cluster }[], clusters: Cluster[]): void {
  for (const { loc, cluster } of assigned) {
    const g = pronounGender(loc.text, loc.toks, loc.m.lastTok);
    if (g) { cluster.gender[g] += 1; cluster.evidence++; }
  }
  // a common given name counts as one vote, so a single pronoun or honorific outweighs it
  for (const c of clusters) {
    const g = c.kind === 'person' ? c.names.map((n) => n.given[0] && givenNameGender(n.given[0])).find((x) => x) : null;
    if (g) c.gender[g] += 1;
  }
  for (const c of clusters) for (const r of c.roles) {
    const head = r.toLowerCase().split(/\s+/).at(-1) ?? '';
    if (/(wo)?man$/.test(head) && ROLE_NOUNS.get(head)) c.gender[ROLE_NOUNS.get(head)!] += 2;
  }
}

/** Groups that speak: organisations and unnamed sources. */
function groupsThatSpeak(paras: Paras, cues: Cue[][], clusters: Cluster[]): Map<string, LocalPerson> {
  const groups = new Map<string, LocalPerson>();
  const personWords = new Set(clusters.flatMap((c) => c.names.flatMap((n) => [n.surname, ...n.given])).map((w) => w.toLowerCase()));
  for (const [k, p] of paras.entries()) {
    for (const cue of cues[k]!) {
      if (cue.subject.category === 'pronoun') continue;
      const head = p.toks[cue.subject.to]!.text.replace(/['\u2019]s$/, '').toLowerCase();
      const linked = nameBeforeLink(p.toks, cue.subject.from, cue.subject.to);
      const personHead = personWords.has(head) || (linked !== undefined && personWords.has(p.toks[linked]!.lower));
      let g = groupSpeaker(cue.subject.text, personHead);
      // ("the president of Azerbaijan": the role stands before "of")
      const ofHead = /(\p{L}+)\s+of\s/u.exec(cue.subject.text)?.[1]?.toLowerCase();
      const role = cue.subject.category === 'role' || isRoleNoun(head) || (ofHead !== undefined && isRoleNoun(ofHead));
      if (!g && !personHead && role) {
        // someone holds the role: by its head word, or by every word for a long description (as resolveSpeaker reads it)
        const words = roleWords(cue.subject.text);
        const headWord = words.at(-1);
        const someone = clusters.some((c) => [...c.roles].some((r) => {
          const rw = roleWords(r);
          return rw.at(-1) === headWord && (words.length <= 2 || words.every((w) => rw.includes(w)));
        }));
        if (!someone) g = describedSpeaker(cue.subject.text);
      }
      // "according to exit polls", "the Christie supporter retorted", "said the 46-year-old": a source the article
      // names in no other way, kept as written (a lone capitalised word is a person only where extraction found one)
      // (a role someone holds stays theirs: "the Russian foreign minister" is the minister the article names)
      const described = cue.according || (!role && cue.subject.to > cue.subject.from);
      if (!g && !personHead && described) g = describedSpeaker(cue.subject.text, true);
      if (g && !groups.has(g.key))
        groups.set(g.key, { key: g.key, name: g.name, aliases: [], roles: [], gender: null, kind: 'organization' });
    }
  }

  return groups;
}

function personOf(c: Cluster): LocalPerson {
  const full = [...c.forms.entries()].filter(([f]) => f.includes(' ')).sort((a, b) => b[1] - a[1])[0]?.[0] ??
    [...c.forms.keys()][0] ?? c.names[0]!.surname;
  const gender = c.gender.male > c.gender.female ? 'male' : c.gender.female > c.gender.male ? 'female' : null;
  return {
    key: c.key,
    name: full,
    aliases: [...c.aliases].filter((a) => a !== full),
    roles: [...c.roles],
    gender,
    kind: c.kind,
  };
}

/** "Tom Reyes, Harbour Gazette: “…”", "the pollster Dan Shore: “…”": a name (with its outlet) introducing a quote. */
const INTRODUCES_QUOTE = /^(?:,\s*(?:the\s+)?(?:\p{Lu}[\p{L}.'\u2019&-]*\s*){1,5})?:\s*(?:["\u201c\u2018]|'')/u;

/** What one mention tells of its person: a form of the name, a title or role, gender, evidence of a person. */
function noteMention(loc: Located, c: Cluster, spokeAt: Set<string>): void {
  const { m, text } = loc;
  const form = m.parts.join(' ');
  c.forms.set(form, (c.forms.get(form) ?? 0) + 1);
  c.aliases.add(form);
  const titledForm = text.slice(loc.toks[m.firstTok]!.start, m.end);
  if (titledForm !== form) c.aliases.add(titledForm);
  if (m.role) for (const r of roleVariants(m.role)) c.roles.add(r);
  const app = appositiveRole(text, loc.toks, m.lastTok) ?? leadingRole(text, loc.toks, m.firstTok);
  if (app) for (const r of roleVariants(app)) c.roles.add(r);
  if (m.gender) c.gender[m.gender] += 2;
  c.mentions++;
  const signed = /["\u201d'\u2019]\s*[\u2015\u2014\u2013-]{1,2}\s*$/.test(text.slice(Math.max(0, m.start - 6), m.start)); // “…” ― Name
  if (m.titled || app || signed || m.parts.length === 1 || c.mentions > 1 || spokeAt.has(`${loc.paragraph}:${m.lastTok}`) ||
    INTRODUCES_QUOTE.test(text.slice(m.end, m.end + 60))) c.evidence++;
}

export function extractPeople(article: Article, grammar: ArticleGrammar = articleGrammar(article)): LocalPerson[] {
  const { located, paras } = locate(article, grammar);
  const clusters: Cluster[] = [];
  const bySurname = new Map<string, Cluster[]>();
  const newCluster = (kind: 'person' | 'organization', key: string): Cluster => {
    const c: Cluster = {
      key,
      names: [],
      forms: new Map(),
      aliases: new Set(),
      roles: new Set(),
      gender: { male: 0, female: 0 },
      kind,
      evidence: 0,
      mentions: 0,
    };
    clusters.push(c);
    return c;
  };
  const cues = grammar.paragraphs.map((g) => g.cues);
  const spokeAt = speakingTokens(paras, cues);
  const assigned: { loc: Located; cluster: Cluster }[] = [];
  const note = (loc: Located, c: Cluster) => { noteMention(loc, c, spokeAt); assigned.push({ loc, cluster: c }); };

  // full names first, so lone surnames find their person wherever they stand
  const persons = located.filter((l) => l.m.kind === 'person');
  for (const loc of persons) {
    if (loc.m.parts.length < 2) continue;
    const np = splitName(loc.m.parts);
    const sk = np.surnameKey;
    const list = bySurname.get(sk) ?? [];
    let c = list.find((x) => x.names.some((n) => sameName(n, np) && n.given.length > 0));
    if (!c) {
      c = newCluster('person', `p${clusters.length + 1}`);
      list.push(c);
      bySurname.set(sk, list);
    }
    c.names.push(np);
  }
  const byGiven = new Map<string, Cluster[]>();
  for (const c of clusters) for (const n of c.names) if (n.given[0]) {
    const g = n.givenKey;
    const l = byGiven.get(g) ?? [];
    if (!l.includes(c)) l.push(c);
    byGiven.set(g, l);
  }
  const seenAt = new Map<Cluster, number>();
  const order = (loc: Located) => loc.paragraph * 1e7 + loc.m.start;
  for (const loc of persons) {
    const np = splitName(loc.m.parts);
    const list = bySurname.get(np.surnameKey) ?? [];
    let c: Cluster | undefined;
    if (loc.m.parts.length >= 2) {
      c = list.find((x) => x.names.some((n) => sameName(n, np) && n.given.length > 0));
    } else {
      // a lone surname: the person of that name seen last, else the first one named later
      // ("Mr. Obama" never joins Michelle Obama: an honorific's gender must not contradict a given name's)
      const fits = (x: Cluster) =>
        !loc.m.gender || !x.names.some((n) => n.given[0] && givenNameGender(n.given[0]) === (loc.m.gender === 'male' ? 'female' : 'male'));
      c = [...list].filter(fits).sort((a, b) => (seenAt.get(b) ?? -1) - (seenAt.get(a) ?? -1))[0];
      if (!c) {
        const given = byGiven.get(np.surnameKey);
        if (given?.length === 1) c = given[0];
      }
      if (!c) {
        const word = loc.m.parts[0]!.toLowerCase();
        const t = loc.toks[loc.m.lastTok]!;
        const speaks = spokeAt.has(`${loc.paragraph}:${loc.m.lastTok}`);
        const plural = GENERIC_SPEAKERS.has(word) || /(ans|ists|ites|crats|cans)$/.test(word) || DEMONYMS.has(word);
        // an acronym ("IMF said") is an organisation, however it speaks
        if (plural || t.text.length < 2 || /^\p{Lu}{2,}$/u.test(t.text)) continue;
        if (!(loc.m.titled || speaks)) continue;
        c = newCluster('person', `p${clusters.length + 1}`);
        c.names.push(np);
        bySurname.set(np.surnameKey, [...list, c]);
      }
    }
    if (!c) continue;
    seenAt.set(c, order(loc));
    note(loc, c);
  }

  voteGender(assigned, clusters);

  const groups = groupsThatSpeak(paras, cues, clusters);

  return [...clusters.filter((c) => c.evidence > 0).map(personOf), ...groups.values()];
}
