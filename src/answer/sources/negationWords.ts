// Negation cues, as `words()` folds them (lower case, no diacritics), for English and the other languages
// Byline detects (src/parse/language.ts): a denial in a Russian or German claim or article is as much a
// denial as "not". Words that are also common English words ("sin", "pas", "nu") are left out: an English
// sentence must not read as denied.

const ENGLISH = 'not no never none nobody nothing neither nor without cannot cant didnt doesnt dont isnt wasnt werent ' +
  'hasnt havent hadnt wont wouldnt couldnt shouldnt deny denied denies denying refused refuses refuse rejected rejects reject';

const OTHERS = [
  'не нет ни никогда никто ничего', // Russian (й folds to и)
  'ні ніколи немає ніхто нічого', // Ukrainian
  'няма никога нищо', // Bulgarian
  'нема никад ништа', // Serbian
  'жок емес', // Kazakh
  'ne jamais aucun aucune rien', // French ("ne … pas": "ne" is enough)
  'nicht kein keine keinen keinem keiner nie niemals niemand nichts ohne', // German
  'nunca ningun ninguna nadie nada', // Spanish ("no" is English too)
  'non mai nessun nessuno niente senza', // Italian
  'nao nenhum nenhuma ninguem', // Portuguese
  'niet geen nooit niemand niets zonder', // Dutch
  'nie nigdy nikt nic', // Polish
  'nikdy nikdo nic', // Czech
  'niciodata nimeni nimic', // Romanian
  'nem soha senki semmi nincs', // Hungarian
  'inte aldrig ingen inget ingenting', // Swedish
  'degil hic hicbir asla', // Turkish
  'deyil hec hecbir', // Azerbaijani
  'emas hech', // Uzbek
  'არ არა ვერ არავინ არაფერი', // Georgian
  'ոչ չէ չեն', // Armenian
];

export const NEGATION_WORDS: ReadonlySet<string> = new Set([ENGLISH, ...OTHERS].join(' ').split(' '));
