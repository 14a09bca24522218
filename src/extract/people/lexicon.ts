// Word lists for telling people from other capitalised words and for reading titles and roles. General
// English news vocabulary, not fitted to any article: honorifics, office nouns, organisation words,
// nationality adjectives and the pronouns that stand for people.

/** Honorifics and abbreviated titles before a name: the written form (lowercase, no point) → the role it
 *  gives (null when it gives none) and the gender it implies. */
export const HONORIFICS: ReadonlyMap<string, { role: string | null; gender: 'male' | 'female' | null }> = new Map([
  ['mr', { role: null, gender: 'male' }], ['mister', { role: null, gender: 'male' }], ['sir', { role: null, gender: 'male' }],
  ['mrs', { role: null, gender: 'female' }], ['ms', { role: null, gender: 'female' }], ['miss', { role: null, gender: 'female' }],
  ['madam', { role: null, gender: 'female' }], ['mme', { role: null, gender: 'female' }], ['dame', { role: null, gender: 'female' }],
  ['lady', { role: null, gender: 'female' }], ['lord', { role: null, gender: 'male' }],
  ['dr', { role: 'Doctor', gender: null }], ['prof', { role: 'Professor', gender: null }],
  ['sen', { role: 'Senator', gender: null }], ['rep', { role: 'Representative', gender: null }],
  ['gov', { role: 'Governor', gender: null }], ['gen', { role: 'General', gender: null }],
  ['col', { role: 'Colonel', gender: null }], ['lt', { role: 'Lieutenant', gender: null }],
  ['sgt', { role: 'Sergeant', gender: null }], ['capt', { role: 'Captain', gender: null }],
  ['maj', { role: 'Major', gender: null }], ['adm', { role: 'Admiral', gender: null }],
  ['rev', { role: 'Reverend', gender: null }], ['amb', { role: 'Ambassador', gender: null }],
  ['pres', { role: 'President', gender: null }], ['atty', { role: 'Attorney', gender: null }],
  ['supt', { role: 'Superintendent', gender: null }], ['insp', { role: 'Inspector', gender: null }],
  ['cmdr', { role: 'Commander', gender: null }], ['sec', { role: 'Secretary', gender: null }],
]);

/** Office and role nouns: a capitalised one right before a name is a title ("President Aliyev"); a phrase
 *  ending in one is a role ("the Russian foreign minister"). Gendered ones carry their gender. */
type Gender = 'male' | 'female' | null;
const GENDERED: [string, Gender][] = [

      ['king', 'male'], ['prince', 'male'], ['emperor', 'male'], ['sultan', 'male'], ['emir', 'male'], ['sheikh', 'male'],
      ['pope', 'male'], ['father', 'male'], ['son', 'male'], ['husband', 'male'], ['brother', 'male'],
      ['congressman', 'male'], ['spokesman', 'male'], ['chairman', 'male'], ['councilman', 'male'],
      ['queen', 'female'], ['lady', 'female'], ['princess', 'female'], ['mother', 'female'], ['daughter', 'female'], ['wife', 'female'],
      ['sister', 'female'], ['widow', 'female'], ['congresswoman', 'female'], ['spokeswoman', 'female'],
      ['chairwoman', 'female'], ['councilwoman', 'female'],
];
export const ROLE_NOUNS: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...([
    'president', 'minister', 'secretary', 'senator', 'representative', 'congressman', 'congresswoman', 'governor',
    'mayor', 'chancellor', 'premier', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson',
    'chairman', 'chairwoman', 'chair', 'director', 'chief', 'leader', 'head', 'commander', 'general', 'admiral',
    'colonel', 'captain', 'officer', 'judge', 'justice', 'attorney', 'prosecutor', 'lawyer', 'counsel', 'adviser',
    'advisor', 'aide', 'official', 'candidate', 'nominee', 'speaker', 'lawmaker', 'legislator', 'deputy',
    'councillor', 'councilman', 'councilwoman', 'commissioner', 'sheriff', 'founder', 'executive', 'ceo',
    'economist', 'analyst', 'professor', 'researcher', 'scientist', 'historian', 'journalist', 'reporter',
    'editor', 'columnist', 'correspondent', 'host', 'anchor', 'strategist', 'pollster', 'consultant', 'activist',
    'diplomat', 'counterpart', 'manager', 'coach', 'player', 'pastor', 'bishop', 'cardinal', 'pope', 'rabbi',
    'imam', 'king', 'queen', 'prince', 'princess', 'emperor', 'sultan', 'emir', 'sheikh', 'monarch', 'vice',
    'whip', 'delegate', 'member', 'mp', 'mep', 'ceo', 'cfo', 'coo', 'owner', 'partner', 'fellow', 'expert',
    'doctor', 'physician', 'surgeon', 'nurse', 'teacher', 'student', 'resident', 'witness', 'victim', 'father',
    'mother', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'widow', 'surrogate', 'campaigner',
    'organizer', 'organiser', 'superintendent', 'inspector', 'sergeant', 'lieutenant', 'major', 'marshal',
    'secretary-general', 'president-elect', 'premier', 'presidential', 'vice-president', 'ombudsman', 'warden',
    'negotiator', 'mediator', 'representative', 'treasurer', 'comptroller', 'auditor', 'clerk', 'registrar',
    'businessman', 'businesswoman', 'billionaire', 'mogul', 'entrepreneur', 'investor', 'singer', 'actor', 'actress',
    'writer', 'novelist', 'poet', 'veteran', 'challenger', 'incumbent', 'opponent', 'rival', 'ally', 'engineer',
    'artist', 'musician', 'rapper', 'comedian', 'filmmaker', 'producer', 'psychologist', 'psychiatrist', 'pilot',
    'soldier', 'farmer', 'employee', 'worker', 'agent', 'detective', 'trooper', 'firefighter', 'paramedic',
    'principal', 'lecturer', 'scholar', 'commentator', 'blogger', 'broadcaster', 'presenter', 'spokesmen',
    'developer', 'donor', 'heavyweight', 'magnate', 'operative', 'staffer', 'tycoon',
  ] as const).map((w): [string, Gender] => [w, null]),
  ...GENDERED,
]);

/** Long role nouns that also close compounds: "speechwriter", "policymaker"s are writers and makers. */
const COMPOUND_HEADS = [...ROLE_NOUNS.keys()].filter((w) => w.length >= 6 && !w.includes('-'));

/** A role noun, in the plural ("speechwriters") or closing a compound ("speechwriter", "cheerleader"). */
export function isRoleNoun(word: string): boolean {
  if (ROLE_NOUNS.has(word)) return true;
  // "chairmen", "congresswomen": the plural in -men of a role in -man
  const one = word.endsWith('s') ? word.slice(0, -1) : word.endsWith('men') ? `${word.slice(0, -3)}man` : word;
  if (ROLE_NOUNS.has(one)) return true;
  return one.length >= 9 && /^\p{Ll}+$/u.test(one) && COMPOUND_HEADS.some((h) => one.length > h.length + 2 && one.endsWith(h));
}

/** Words that may stand inside a role before its head noun: "former", "acting", "deputy foreign". */
export const ROLE_MODIFIERS = new Set(
  ('former ex acting interim deputy vice prime foreign defense defence interior finance justice health trade ' +
    'economy energy education labor labour state national federal regional local chief senior junior top ' +
    'assistant associate executive general press campaign communications security intelligence military ' +
    'majority minority house senate white first lead managing supreme attorney presidential republican democratic ' +
    'democrat conservative liberal independent labour opposition ruling party parliamentary congressional ' +
    'district county city police fire armed special permanent high principal co new current outgoing incoming ' +
    'longtime long-time veteran affairs internal external foreign home homeland environment environmental agriculture transport ' +
    'culture information development commerce treasury war office retired').split(' '),
);

/** Words that make a capitalised phrase an organisation or a thing, not a person. */
export const ORG_WORDS = new Set(
  ('party committee ministry department office agency service services council university college ' +
    'school institute center centre association union court act bank fund corp corporation inc ltd llc ' +
    'co company group street avenue road square city county state states republic kingdom federation ' +
    'airport station hospital administration campaign foundation network commission organization ' +
    'organisation force forces army navy police guard times post news journal herald tribune telegraph ' +
    'guardian gazette magazine review daily weekly radio television tv channel house senate congress ' +
    'parliament assembly duma cabinet government club team league olympics festival museum library hotel ' +
    'region province district territory summit conference forum treaty accord agreement memorandum ' +
    'program programme alliance coalition board bureau authority institution caucus airlines airways ' +
    'motors studios entertainment industries holdings securities labs laboratories embassy consulate ' +
    'prison jail facility speech day award prize medal cup doctrine show tour rally report plan').split(' '),
);

/** Nationality adjectives → the country they name, for matching "Azerbaijani President" with "the president
 *  of Azerbaijan". Lowercase. */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(
  ([
    ['american', 'united states'], ['us', 'united states'], ['u.s', 'united states'], ['british', 'united kingdom'],
    ['uk', 'united kingdom'], ['english', 'england'], ['scottish', 'scotland'], ['welsh', 'wales'], ['irish', 'ireland'],
    ['russian', 'russia'], ['ukrainian', 'ukraine'], ['belarusian', 'belarus'], ['georgian', 'georgia'],
    ['armenian', 'armenia'], ['azerbaijani', 'azerbaijan'], ['azeri', 'azerbaijan'], ['turkish', 'turkey'],
    ['iranian', 'iran'], ['iraqi', 'iraq'], ['syrian', 'syria'], ['lebanese', 'lebanon'], ['israeli', 'israel'],
    ['palestinian', 'palestine'], ['jordanian', 'jordan'], ['egyptian', 'egypt'], ['saudi', 'saudi arabia'],
    ['emirati', 'united arab emirates'], ['qatari', 'qatar'], ['kuwaiti', 'kuwait'], ['yemeni', 'yemen'],
    ['omani', 'oman'], ['afghan', 'afghanistan'], ['pakistani', 'pakistan'], ['indian', 'india'],
    ['bangladeshi', 'bangladesh'], ['chinese', 'china'], ['japanese', 'japan'], ['korean', 'korea'],
    ['north korean', 'north korea'], ['south korean', 'south korea'], ['taiwanese', 'taiwan'],
    ['vietnamese', 'vietnam'], ['thai', 'thailand'], ['indonesian', 'indonesia'], ['malaysian', 'malaysia'],
    ['filipino', 'philippines'], ['philippine', 'philippines'], ['australian', 'australia'],
    ['canadian', 'canada'], ['mexican', 'mexico'], ['brazilian', 'brazil'], ['argentine', 'argentina'],
    ['argentinian', 'argentina'], ['chilean', 'chile'], ['colombian', 'colombia'], ['venezuelan', 'venezuela'],
    ['peruvian', 'peru'], ['cuban', 'cuba'], ['french', 'france'], ['german', 'germany'], ['italian', 'italy'],
    ['spanish', 'spain'], ['portuguese', 'portugal'], ['dutch', 'netherlands'], ['belgian', 'belgium'],
    ['swiss', 'switzerland'], ['austrian', 'austria'], ['polish', 'poland'], ['czech', 'czech republic'],
    ['slovak', 'slovakia'], ['hungarian', 'hungary'], ['romanian', 'romania'], ['bulgarian', 'bulgaria'],
    ['serbian', 'serbia'], ['croatian', 'croatia'], ['bosnian', 'bosnia'], ['greek', 'greece'],
    ['cypriot', 'cyprus'], ['swedish', 'sweden'], ['norwegian', 'norway'], ['danish', 'denmark'],
    ['finnish', 'finland'], ['estonian', 'estonia'], ['latvian', 'latvia'], ['lithuanian', 'lithuania'],
    ['moldovan', 'moldova'], ['kazakh', 'kazakhstan'], ['uzbek', 'uzbekistan'], ['kyrgyz', 'kyrgyzstan'],
    ['tajik', 'tajikistan'], ['turkmen', 'turkmenistan'], ['mongolian', 'mongolia'], ['nigerian', 'nigeria'],
    ['kenyan', 'kenya'], ['ethiopian', 'ethiopia'], ['south african', 'south africa'], ['ghanaian', 'ghana'],
    ['sudanese', 'sudan'], ['libyan', 'libya'], ['tunisian', 'tunisia'], ['algerian', 'algeria'],
    ['moroccan', 'morocco'], ['somali', 'somalia'], ['european', 'europe'], ['new zealand', 'new zealand'],
  ] as const).map(([a, b]) => [a, b]),
);

/** Pronouns that can stand for a speaker, with the gender they require ('org' for it/its). */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'org' | 'plural' | 'self'> = new Map([
  ['he', 'male'], ['she', 'female'], ['it', 'org'], ['they', 'plural'], ['we', 'plural'], ['i', 'self'],
]);

/** Personal pronouns that can only be a clause's subject ("said we must", "the experts I interviewed"). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'you']);

/** Months that are also surnames ("Theresa May"): a name when a given name stands right before. */
export const MONTH_SURNAMES = new Set(['may', 'june', 'april', 'august']);

/** Capitalised words that open sentences or name days and months: never part of a person's name. */
export const NOT_NAME_WORDS = new Set(
  (
    'the a an and or but if in on at by for with from as of to into after before during while when where why how ' +
    'what who which that this these those there here his her their its our my your we he she it they i you ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'yes no not mr mrs ms dr so yet also still then now meanwhile however although though because since ' +
    'according despite under over about against between among through without within both each every ' +
    'many some all any most few several such one two three four five six seven eight nine ten ' +
    'god internet web covid coronavirus even only just perhaps indeed nobody everybody somebody someone everyone anyone none ' +
    "america europe africa asia another other i'm i'll i've i'd it's that's there's let's " +
    "we're we'll we've they're you're don't can't won't isn't ok okay oh well " +
    'unlike like amid upon toward towards across along around behind beyond near past per via versus whether unless ' +
    'until once thus hence instead otherwise besides having being'
  ).split(' '),
);

/** A noun's regular plural: "union" → "unions", "agency" → "agencies", "witness" → "witnesses". */
const plural = (w: string) => (/[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : /(s|x|ch|sh)$/.test(w) ? `${w}es` : `${w}s`);

/** Sources with no other number, or whose singular is mostly an adjective ("conservative", "relative"). */
const NO_OTHER_NUMBER = new Set(['police', 'people', 'military', 'news', 'conservatives', 'liberals', 'relatives', 'troops']);

/** A regular plural's singular: "protesters" → "protester", "witnesses" → "witness", "authorities" → "authority". */
const singular = (w: string) => (/ies$/.test(w) ? `${w.slice(0, -3)}y` : /(ss|sh|ch|x)es$/.test(w) ? w.slice(0, -2) : w.slice(0, -1));

/** Bare nouns that name a source without naming a person: "sources said", "a spokesman said", each with
 *  its plural ("fishing unions warned"). */
export const GENERIC_SPEAKERS = new Set(
  (
    'source sources official officials expert experts critic critics analyst analysts observer observers aide aides ' +
    'spokesman spokeswoman spokesperson police authorities investigators prosecutors witnesses residents ' +
    'protesters demonstrators supporters opponents lawmakers legislators republicans democrats conservatives ' +
    'liberals voters people diplomats insiders advisers advisors economists scientists researchers doctors ' +
    'activists leaders members ministry government administration campaign committee agency department ' +
    'office statement report poll survey study letter memo union company spokespeople representatives ' +
    'organizers organisers officers troops military army court judge prosecutor lawyer lawyers attorney ' +
    'attorneys family relatives friends neighbors neighbours colleagues commentators pundits historians ' +
    'authors author article piece ad narrator announcer network newspaper paper outlet magazine website ' +
    'study group groups observers monitors ruling decision book clip video filing complaint lawsuit indictment ' +
    'email emails editorial column document documents verdict tweet post release friend reader viewer listener ' +
      'mps meps senators congressmen'
  )
    // (a singular made here that is an office, "senator", stays a role, to be matched to the person who holds it)
    .split(' ')
    .flatMap((w) =>
      NO_OTHER_NUMBER.has(w) ? [w] : w.endsWith('s') ? [w, ...(ROLE_NOUNS.has(singular(w)) ? [] : [singular(w)])] : [w, plural(w)],
    ),
);
