// A synthetic news archive for the benchmark: many outlets, a cast of people whose names are spelt several
// ways, quotes in every common style (curly, straight, single, guillemets, colon-led, split, reported
// speech, "according to"), dates written the ways news writes them, meetings and visits, numbers, photo
// captions and related-link lines, both seed layouts, and syndicated copies of earlier stories. Every
// article is composed from random parts, so no two share their body; what was written is kept as `truth`
// so the bench can ask questions whose answers exist.
import { seededRandom, type Random } from './random.js';

export interface BenchPerson {
  name: string;
  /** Other spellings and forms the corpus uses: transliterations, surname alone, title + surname. */
  variants: string[];
  role: string;
}
export interface BenchQuote { speaker: string; text: string }
export interface BenchEvent { participants: string[]; place: string; words: string }
export interface BenchCorpus {
  files: { file: string; text: string }[];
  truth: { people: BenchPerson[]; quotes: BenchQuote[]; events: BenchEvent[]; claims: string[] };
}

const FIRST = ['Sergei', 'Ilham', 'Nikol', 'Jeyhun', 'Ara', 'Maria', 'Olena', 'Mohammed', 'Aleksandr', 'Yulia', 'Giorgi',
  'Tamar', 'Ahmed', 'Fatima', 'Dmitri', 'Natalia', 'Recep', 'Ursula', 'Emmanuel', 'Olaf', 'Li', 'Wang', 'Kim', 'Hassan',
  'Leyla', 'Arman', 'Anna', 'Irakli', 'Salome', 'Mikheil', 'Vladimir', 'Ekaterina', 'Yusuf', 'Aisha', 'Pedro', 'Lucia',
  'Jean', 'Claire', 'Hamid', 'Zarina', 'Bakhtiyar', 'Nurlan', 'Gulnara', 'Tigran', 'Anahit', 'Rustam', 'Saida', 'Oleksiy',
  'Volodymyr', 'Kaja', 'Joseph', 'Antonio', 'Ngozi', 'Kofi', 'Amina', 'Rashid', 'Elena', 'Viktor', 'Ramil', 'Sevinj'];
const LAST = ['Lavrov', 'Aliyev', 'Pashinyan', 'Bayramov', 'Ayvazyan', 'Zakharova', 'Shevchenko', 'Rahimov', 'Kuznetsov',
  'Tymoshenko', 'Gakharia', 'Kobakhidze', 'Mammadov', 'Hasanova', 'Peskov', 'Volkova', 'Erdogan', 'Leyen', 'Macron',
  'Scholz', 'Qiang', 'Yi', 'Jong', 'Rouhani', 'Guliyeva', 'Grigoryan', 'Karapetyan', 'Garibashvili', 'Zurabishvili',
  'Saakashvili', 'Medvedev', 'Ivanova', 'Demir', 'Khan', 'Sanchez', 'Moreno', 'Dupont', 'Laurent', 'Karimi', 'Nazarbayeva',
  'Tokayev', 'Abdullayev', 'Safarova', 'Sargsyan', 'Hakobyan', 'Tursunov', 'Yusupova', 'Reznikov', 'Zelensky', 'Kallas',
  'Borrell', 'Guterres', 'Okonjo', 'Annan', 'Bello', 'Haddad', 'Popescu', 'Orlov', 'Huseynov', 'Jafarova'];
/** Transliteration pairs news outlets disagree on: each person may appear under the other spelling. */
const SPELLINGS: [RegExp, string][] = [[/ei$/, 'ey'], [/ey$/, 'ei'], [/iyev$/, 'iev'], [/iyeva$/, 'ieva'], [/sky$/, 'skyy'],
  [/skyy$/, 'sky'], [/ov$/, 'off'], [/^Mohammed$/, 'Muhammad'], [/^Aleksandr$/, 'Alexander'], [/^Yulia$/, 'Julia'],
  [/^Dmitri$/, 'Dmitry'], [/^Oleksiy$/, 'Alexei'], [/kh/, 'h'], [/yan$/, 'ian']];
const COUNTRIES = ['Azerbaijan', 'Armenia', 'Georgia', 'Russia', 'Ukraine', 'Turkey', 'Iran', 'Kazakhstan', 'France', 'Germany',
  'Nigeria', 'Ghana', 'Spain', 'Romania', 'Estonia', 'Uzbekistan', 'Moldova', 'Lebanon', 'Jordan', 'Kenya'];
const CITIES = ['Baku', 'Yerevan', 'Tbilisi', 'Moscow', 'Kyiv', 'Ankara', 'Tehran', 'Astana', 'Paris', 'Berlin', 'Abuja',
  'Accra', 'Madrid', 'Bucharest', 'Tallinn', 'Tashkent', 'Chisinau', 'Beirut', 'Amman', 'Nairobi', 'Brussels', 'Geneva',
  'Vienna', 'Istanbul', 'Batumi', 'Ganja', 'Gyumri', 'Kutaisi', 'Odesa', 'Almaty'];
const OFFICES = ['Foreign Minister', 'President', 'Prime Minister', 'Defence Minister', 'Economy Minister', 'spokesperson',
  'ambassador', 'opposition leader', 'parliament speaker', 'Energy Minister', 'mayor', 'central bank governor',
  'Health Minister', 'Justice Minister', 'chief negotiator'];
const OUTLET_A = ['Caucasus', 'Eurasia', 'Baltic', 'Danube', 'Steppe', 'Levant', 'Sahel', 'Black Sea', 'Caspian', 'Northern',
  'Metro', 'Daily', 'Evening', 'Morning', 'Global', 'Regional', 'Capital', 'Coastal', 'Mountain', 'Union'];
const OUTLET_B = ['News', 'Herald', 'Times', 'Courier', 'Post', 'Wire', 'Observer', 'Monitor', 'Dispatch', 'Report',
  'Gazette', 'Review', 'Tribune', 'Chronicle', 'Bulletin'];
const TOPICS: Record<string, string[]> = {
  energy: ['gas', 'pipeline', 'tariffs', 'electricity', 'grid', 'oil', 'exports', 'refinery', 'supply', 'prices', 'reserves', 'turbines'],
  border: ['border', 'demarcation', 'checkpoint', 'corridor', 'villages', 'troops', 'ceasefire', 'mines', 'peacekeepers', 'withdrawal'],
  trade: ['trade', 'customs', 'imports', 'investment', 'sanctions', 'duties', 'logistics', 'railway', 'port', 'cargo', 'contracts'],
  health: ['hospitals', 'vaccines', 'doctors', 'clinics', 'outbreak', 'medicines', 'insurance', 'patients', 'nurses'],
  elections: ['ballots', 'turnout', 'candidates', 'observers', 'campaign', 'polling', 'recount', 'coalition', 'mandate'],
  climate: ['drought', 'floods', 'emissions', 'glaciers', 'harvest', 'irrigation', 'wildfires', 'reservoirs', 'heatwave'],
  justice: ['court', 'verdict', 'prisoners', 'detainees', 'appeal', 'prosecutors', 'amnesty', 'charges', 'trial', 'judges'],
  budget: ['budget', 'deficit', 'pensions', 'salaries', 'inflation', 'loans', 'bonds', 'taxes', 'subsidies', 'spending'],
};
const ADJ = ['new', 'joint', 'long-awaited', 'controversial', 'temporary', 'regional', 'bilateral', 'urgent', 'landmark',
  'disputed', 'partial', 'comprehensive', 'modest', 'ambitious', 'fragile', 'preliminary'];
const VERBS_PAST = ['approved', 'rejected', 'postponed', 'announced', 'criticised', 'welcomed', 'signed', 'debated', 'suspended',
  'extended', 'reviewed', 'proposed', 'blocked', 'endorsed'];
const SPEECH = ['said', 'told reporters', 'stressed', 'noted', 'added', 'warned', 'insisted', 'explained', 'declared', 'claimed'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SYLLABLES = ['ka', 'ra', 'shi', 'vel', 'dor', 'mi', 'tan', 'zur', 'lo', 'ben', 'ar', 'gu', 'nes', 'ti', 'vo', 'ya', 'khan', 'del'];

/** A made-up proper noun (a village, a company), so the vocabulary grows with the corpus as real news does. */
function coined(r: Random): string {
  let w = '';
  for (let i = r.int(2, 3); i > 0; i--) w += r.pick(SYLLABLES);
  return w[0]!.toUpperCase() + w.slice(1);
}

function spellingsOf(word: string): string[] {
  const out = new Set<string>();
  for (const [re, to] of SPELLINGS) if (re.test(word)) out.add(word.replace(re, to));
  out.delete(word);
  return [...out];
}

function makePeople(r: Random, count: number): BenchPerson[] {
  const seen = new Set<string>();
  const people: BenchPerson[] = [];
  while (people.length < count) {
    const first = r.pick(FIRST);
    const last = r.pick(LAST);
    const name = `${first} ${last}`;
    if (seen.has(name)) {
      if (seen.size >= FIRST.length * LAST.length - 1) break;
      continue;
    }
    seen.add(name);
    const variants = new Set<string>([last]);
    for (const f of spellingsOf(first)) variants.add(`${f} ${last}`);
    for (const l of spellingsOf(last)) variants.add(`${first} ${l}`);
    const office = r.pick(OFFICES);
    const role = /^[A-Z]/.test(office) ? `${r.pick(COUNTRIES)}'s ${office}` : `the ${office} of ${r.pick(COUNTRIES)}`;
    people.push({ name, variants: [...variants], role });
  }
  return people;
}

function isoDate(r: Random): { iso: string; year: number; month: number; day: number } {
  const year = r.int(2015, 2025);
  const month = r.int(1, 12);
  const day = r.int(1, 28);
  return { iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, year, month, day };
}

/** A date phrase as news writes one, relative to publication. */
function datePhrase(r: Random, pub: { month: number; day: number; year: number }): string {
  switch (r.int(0, 7)) {
    case 0: return `on ${r.pick(WEEKDAYS)}`;
    case 1: return `on ${MONTHS[pub.month - 1]} ${Math.max(1, pub.day - r.int(0, 5))}`;
    case 2: { const d = Math.max(1, pub.day - r.int(1, 6)); return `on ${MONTHS[pub.month - 1]} ${d}-${d + 1}`; }
    case 3: return 'last week';
    case 4: return `in ${r.pick(MONTHS)} ${pub.year - r.int(1, 4)}`;
    case 5: return `${r.int(2, 5)} days ago`;
    case 6: return 'earlier this month';
    default: return `on ${r.int(1, 28)} ${r.pick(MONTHS)} ${pub.year - r.int(0, 2)}`;
  }
}

function topicSentence(r: Random, words: string[], place: string): string {
  const n = r.int(1, 4) * (r.chance(0.5) ? 1000 : 1) * r.int(2, 900);
  const num = n >= 1000 && r.chance(0.5) ? n.toLocaleString('en-US') : String(n);
  const a = r.pick(words), b = r.pick(words), c = r.pick(words);
  switch (r.int(0, 5)) {
    case 0: return `The ${r.pick(ADJ)} plan on ${a} and ${b} was ${r.pick(VERBS_PAST)} in ${place}.`;
    case 1: return `Officials said ${num} ${a} had been affected near ${coined(r)}, up from last year.`;
    case 2: return `Local authorities ${r.pick(VERBS_PAST)} a ${r.pick(ADJ)} package worth ${num} million for ${b}.`;
    case 3: return `Critics in ${place} say the ${c} question remains unresolved despite ${r.pick(ADJ)} talks on ${a}.`;
    case 4: return `According to the ministry, ${num} people took part in the ${r.pick(ADJ)} review of ${b} and ${c}.`;
    default: return `The ${coined(r)} company ${r.pick(VERBS_PAST)} its ${a} contract after a dispute over ${b}.`;
  }
}

function quoteWords(r: Random, words: string[]): string {
  const a = r.pick(words), b = r.pick(words), c = r.pick(words);
  const forms = [
    `We will not accept any decision on ${a} that ignores the interests of our citizens`,
    `The ${r.pick(ADJ)} agreement on ${a} is a step forward, but the ${b} issue must be settled first`,
    `Nobody should doubt our commitment to ${a} and ${b}`,
    `There is no alternative to dialogue on ${a}, and we expect our partners to respect the ${c} arrangements`,
    `I must say that the situation with ${a} has improved over the last ${r.int(2, 11)} months`,
    `Our position on ${b} has not changed, and it will not change under pressure`,
    `The ${r.pick(ADJ)} measures on ${c} were necessary to protect ${a}`,
    `We are ready to discuss ${a}, ${b} and ${c} at any level`,
  ];
  return r.pick(forms);
}

/** One quote in one of the styles outlets use; returns the paragraph and the quoted words. */
function quoteParagraph(
  r: Random,
  p: BenchPerson,
  words: string[],
  firstMention: boolean,
): { para: string; text: string; direct: boolean } {
  const who = firstMention
    ? `${p.role.replace(/^the /, 'The ').replace(/^(\w)/, (m) => m.toUpperCase())} ${p.name}`
    : r.pick([p.name, ...p.variants]);
  const verb = r.pick(SPEECH);
  const text = quoteWords(r, words);
  switch (r.int(0, 7)) {
    case 0:
      return { para: `“${text},” ${who} ${verb}.`, text, direct: true };
    case 1:
      return { para: `"${text}," ${verb} ${who}.`, text, direct: true };
    case 2:
      return { para: `${who} ${verb}: “${text}.”`, text, direct: true };
    case 3:
      return { para: `‘${text},’ ${who} ${verb} in ${r.pick(CITIES)}.`, text, direct: true };
    case 4:
      return { para: `«${text}», ${who} ${verb}.`, text, direct: true };
    case 5: {
      const cut = text.indexOf(',');
      if (cut > 0) return { para: `“${text.slice(0, cut)},” ${who} ${verb}, “${text.slice(cut + 2)}.”`, text, direct: true };
      return { para: `“${text},” ${who} ${verb}.`, text, direct: true };
    }
    case 6:
      return {
        para: `${who} ${verb} that ${text[0]!.toLowerCase()}${text.slice(1)}.`,
        text: `${text[0]!.toLowerCase()}${text.slice(1)}`,
        direct: false,
      };
    default:
      return {
        para: `According to ${who}, ${text[0]!.toLowerCase()}${text.slice(1)}.`,
        text: `${text[0]!.toLowerCase()}${text.slice(1)}`,
        direct: false,
      };
  }
}

export function generateCorpus(articles: number, seed = 7): BenchCorpus {
  const r = seededRandom(seed);
  const people = makePeople(r, Math.max(20, Math.min(1500, Math.round(articles / 5))));
  const outlets = Array.from(
    { length: Math.max(5, Math.min(120, Math.round(articles / 60))) },
    (_, i) =>
      `${OUTLET_A[i % OUTLET_A.length]} ` +
        `${OUTLET_B[Math.floor(i / OUTLET_A.length) % OUTLET_B.length]}${i >= OUTLET_A.length * OUTLET_B.length ? ` ${i}` : ''}`,
  );
  const files: BenchCorpus['files'] = [];
  const truth: BenchCorpus['truth'] = { people, quotes: [], events: [], claims: [] };
  const topicNames = Object.keys(TOPICS);
  /** Headline and body of every original story, for syndicated copies. */
  const originals: { title: string; body: string }[] = [];

  for (let i = 0; i < articles; i++) {
    const file = `${String(i).padStart(6, '0')}_${(r.next() * 0xffffffff >>> 0).toString(16).padStart(8, '0')}.txt`;
    // syndication: an earlier story reprinted under another outlet's header, body unchanged
    if (originals.length > 10 && r.chance(0.04)) {
      const src = r.pick(originals);
      files.push({ file, text: `${src.title}\n\n${r.pick(outlets)}\n    via ${r.pick(outlets)}\n\n${src.body}\n` });
      continue;
    }
    const topic = TOPICS[r.pick(topicNames)]!;
    const words = [...topic, ...TOPICS[r.pick(topicNames)]!.slice(0, 3)];
    const cast = Array.from({ length: r.int(2, 4) }, () => r.pick(people));
    const place = r.pick(CITIES);
    const outlet = r.pick(outlets);
    const pub = isoDate(r);
    const paras: string[] = [];
    const [a, b] = [cast[0]!, cast[1]!];
    const kind = r.pick(['met with', 'held talks with', 'spoke by phone with', 'signed a memorandum with', 'visited', 'arrived in']);
    const when = datePhrase(r, pub);
    if (kind === 'visited' || kind === 'arrived in') {
      paras.push(`${a.role.replace(/^the /, 'The ').replace(/^(\w)/, (m) => m.toUpperCase())} ${a.name} ${kind} ${place} ${when}, where he met ${b.name} to discuss ${r.pick(words)} and ${r.pick(words)}.`);
      truth.events.push({
        participants: [a.name, b.name],
        place,
        words: `${a.name.split(' ')[1]} ${kind === 'visited' ? 'visit' : 'arrival'} ${place}`,
      });
    } else {
      paras.push(`${a.name} ${kind} ${b.name} in ${place} ${when} to discuss ${r.pick(words)} and ${r.pick(words)}.`);
      truth.events.push({
        participants: [a.name, b.name],
        place,
        words: `${a.name.split(' ')[1]} ${kind.split(' ')[0]} ${b.name.split(' ')[1]}`,
      });
    }
    const mentioned = new Set<BenchPerson>([a, b]);
    const bodyLength = r.int(5, 14);
    for (let k = 0; k < bodyLength; k++) {
      const roll = r.next();
      if (roll < 0.4) {
        const speaker = r.pick(cast);
        const q = quoteParagraph(r, speaker, words, !mentioned.has(speaker));
        mentioned.add(speaker);
        const lead = r.chance(0.5) ? topicSentence(r, words, place) + ' ' : '';
        paras.push(lead + q.para);
        truth.quotes.push({ speaker: speaker.name, text: q.text });
      } else if (roll < 0.8) {
        const s = [topicSentence(r, words, place), topicSentence(r, words, place)];
        if (r.chance(0.5)) s.push(topicSentence(r, words, place));
        paras.push(s.join(' '));
        if (r.chance(0.3)) truth.claims.push(s[0]!);
      } else if (roll < 0.88) {
        paras.push(
          `${r.pick(cast).name} and ${r.pick(people).name} are expected to meet again in ${r.pick(CITIES)} ${datePhrase(r, pub)}.`,
        );
      } else if (roll < 0.94) {
        paras.push(`  • ${topicSentence(r, words, place).replace(/\.$/, '')}\n  • ${r.pick(CITIES)}: ${r.pick(ADJ)} ${r.pick(words)} talks resume`);
      } else {
        paras.push(`${a.name} and ${b.name}. Photo: ${r.pick(outlets)}`);
      }
    }
    const title = `${a.name.split(' ')[1]} and ${b.name.split(' ')[1]} discuss ${r.pick(words)} in ${place}`;
    originals.push({ title, body: paras.join('\n\n') });
    const text = r.chance(0.25)
      ? `---\ntitle: ${title}\noutlet: ${outlet}\npublished: ${pub.iso}\nauthor: ${r.pick(people).name}\n---\n\n${paras.join('\n\n')}\n`
      : `${title}\n\n${outlet}\n    ${outlet}, ${place}\nPublished: ${pub.iso}\n\n${paras.join('\n\n')}\n\nYou may also like\n`;
    files.push({ file, text });
  }
  return { files, truth };
}
