// Word lists kept as data, one list a file (lowercase, sorted, free of repeats: tests/extract/lexicon/lists.test.ts
// checks). Imported as JSON, so they ship inside dist/ with the compiled code and are read once, at load.
import asideOpeners from './aside-openers.json' with { type: 'json' };
import betteredVerbs from './bettered-verbs.json' with { type: 'json' };
import kinNouns from './kin-nouns.json' with { type: 'json' };
import sameSense from './same-sense.json' with { type: 'json' };
import timeUnits from './time-units.json' with { type: 'json' };
import tellingVerbs from './telling-verbs.json' with { type: 'json' };
import clauseLinks from './clause-links.json' with { type: 'json' };
import documentNouns from './document-nouns.json' with { type: 'json' };
import nameParticles from './name-particles.json' with { type: 'json' };
import personNouns from './person-nouns.json' with { type: 'json' };
import quantityHeads from './quantity-heads.json' with { type: 'json' };
import quantityWords from './quantity-words.json' with { type: 'json' };
import sentenceOpeners from './sentence-openers.json' with { type: 'json' };
import titleSmallWords from './title-small-words.json' with { type: 'json' };
import eventNouns from './event-nouns.json' with { type: 'json' };
import irregularPasts from './irregular-pasts.json' with { type: 'json' };
import issuedDocuments from './issued-documents.json' with { type: 'json' };
import notAdverbs from './not-adverbs.json' with { type: 'json' };
import numberWords from './number-words.json' with { type: 'json' };
import openingVerbs from './opening-verbs.json' with { type: 'json' };
import placeOpeners from './place-openers.json' with { type: 'json' };
import speechVerbs from './speech-verbs.json' with { type: 'json' };
import verbAuxiliaries from './verb-auxiliaries.json' with { type: 'json' };
import weakSpeechVerbs from './weak-speech-verbs.json' with { type: 'json' };
import weekdays from './weekdays.json' with { type: 'json' };
import happeningWords from './happening-words.json' with { type: 'json' };
import headlineVerbs from './headline-verbs.json' with { type: 'json' };
import deathWords from './death-words.json' with { type: 'json' };
import fatalWords from './fatal-words.json' with { type: 'json' };
import survivalWords from './survival-words.json' with { type: 'json' };
import voteWords from './vote-words.json' with { type: 'json' };
import blastWords from './blast-words.json' with { type: 'json' };
import plainReportVerbs from './plain-report-verbs.json' with { type: 'json' };
import adverbialOpeners from './adverbial-openers.json' with { type: 'json' };
import withheldThings from './withheld-things.json' with { type: 'json' };
import outcomeVerbs from './outcome-verbs.json' with { type: 'json' };
import oppositeWords from './opposite-words.json' with { type: 'json' };
import promptingVerbs from './prompting-verbs.json' with { type: 'json' };

/** The seven day names. */
export const WEEKDAYS: ReadonlySet<string> = new Set(weekdays);
/** Nouns for a person or a body of people the article does not name ("the woman", "one caller", "the board"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(personNouns);
/** Words that end a share of people ("55 percent", "a third", "most"). */
export const QUANTITY_HEADS: ReadonlySet<string> = new Set(quantityHeads);
/** Words that may stand inside a share before its head ("nearly nine out of 10", "about a third"). */
export const QUANTITY_WORDS: ReadonlySet<string> = new Set(quantityWords);
/** Adverbs that open a sentence, set off by a comma ("Moreover, …", "Last, …"): never its subject. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(sentenceOpeners);
/** Writings that speak for whoever wrote them ("the note says", "a sign read"). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(documentNouns);

/** Words that open a short aside between a subject and its verb ("X, for his part, said"). */
export const ASIDE_OPENERS: ReadonlySet<string> = new Set(asideOpeners);
/** Particles inside a name ("Luiz Inacio Lula da Silva", "Ludwig van Beethoven"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(nameParticles);
/** Words that start another clause ("“…,” but he said"): a cue after them is not the quote's. */
export const CLAUSE_LINKS: ReadonlySet<string> = new Set(clauseLinks);
/** Words a title leaves in lowercase ("The Art of the Deal"). */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(titleSmallWords);

/** "the 46-year-old", "two 20-year-olds": a person by age. */
const AGED = /^(?:\d+|\p{Ll}+)-year-olds?$/u;
/** A person or a document as a noun, singular or plural: "the woman", "callers", "the memo", "the 46-year-old". */
export const isPersonNoun = (w: string): boolean =>
  PERSON_NOUNS.has(w) || DOCUMENT_NOUNS.has(w) || (w.endsWith('s') && PERSON_NOUNS.has(w.slice(0, -1))) || AGED.test(w);


/** Verbs of saying, every inflection a news report uses. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(speechVerbs);
/** Verbs of saying that report speech only with a content clause after them ("believe that", "point out that"). */
export const WEAK_SPEECH_VERBS: ReadonlySet<string> = new Set(weakSpeechVerbs);
/** Words that can stand between a subject and its verb ("Lavrov also said", "he has repeatedly warned"). */
export const VERB_AUXILIARIES: ReadonlySet<string> = new Set(verbAuxiliaries);
/** Words ending in -ly that are nouns or adjectives, not adverbs ("the family said", "an ally said"). */
export const NOT_ADVERBS: ReadonlySet<string> = new Set(notAdverbs);
/** Occasions a participle may follow ("a news conference announcing"): never speakers themselves. */
export const EVENT_NOUNS: ReadonlySet<string> = new Set(eventNouns);
/** Documents a speaker issues: "a statement calling …" speaks for whoever issued it. */
export const ISSUED_DOCUMENTS: ReadonlySet<string> = new Set(issuedDocuments);
/** First words of place names ("New York", "Los Angeles", "North Carolina"), never of a person's name. */
export const PLACE_OPENERS: ReadonlySet<string> = new Set(placeOpeners);
/** Verbs that may open a run of capitalised words ("Said Smith", "Asks Jones"): never part of the name. */
export const OPENING_VERBS: ReadonlySet<string> = new Set(openingVerbs);
/** Numbers written as words ("three", "forty", "hundred"). */
export const NUMBER_WORDS: ReadonlySet<string> = new Set(numberWords);
/** A number, in figures or words ("79", "three", "thirty"). */
export const isNumeral = (w: string): boolean => /^\d/.test(w) || NUMBER_WORDS.has(w);
/** Past tenses not in -ed ("met", "told", "felt"): they show a clause has its verb. */
export const IRREGULAR_PASTS: ReadonlySet<string> = new Set(irregularPasts);
/** Words naming a happening a date can be counted from ("the day after his death", "two days after the vote"). */
export const HAPPENING_WORDS: ReadonlySet<string> = new Set(happeningWords);
/** Families of words that tell one happening ("his death" is dated where he "was killed" or "shot"). */
export const HAPPENING_FAMILIES: readonly ReadonlySet<string>[] = [deathWords, voteWords, blastWords].map((ws) => new Set(ws));
/** Ways news writes that one side got the better of the other ("beat", "stopped", "a win over"), as stems. */
export const BETTERED_VERBS: ReadonlySet<string> = new Set(betteredVerbs);
/** Verbs of telling: "would not say" denies what "would not reveal" does. */
export const TELLING_VERBS: readonly string[] = tellingVerbs;
/** Groups of words of one sense in news writing that WordNet's commonest senses keep apart ("belt title"). */
export const SAME_SENSE: readonly string[][] = sameSense.map((g) => g.split(' '));
/** Kin ("father", "brother", "wife"): one in a claim's place of another is another person. */
export const KIN_NOUNS: ReadonlySet<string> = new Set(kinNouns);
/** Words that someone lived through a happening ("survived", "unhurt") and that they did not ("killed",
 *  "dead"): one where the claim has the other tells another fate. */
export const SURVIVAL_WORDS: ReadonlySet<string> = new Set(survivalWords);
export const FATAL_WORDS: ReadonlySet<string> = new Set(fatalWords);
/** Units of time ("week", "year"): "a year after" is not "a week after". */
export const TIME_UNITS: ReadonlySet<string> = new Set(timeUnits);
/** Verbs of saying a headline uses, in the present and the past ("Trump Says …", "Mayor Vows …"). */
export const HEADLINE_VERBS: ReadonlySet<string> = new Set(headlineVerbs);

/** Verbs of saying that are never nouns or adjectives ("said", not "report", "charges" or "pledged"): the verbs a
 *  subject the word lists do not know may be read for. */
export const PLAIN_REPORT_VERBS: ReadonlySet<string> = new Set(plainReportVerbs);
/** Words that open an adverbial phrase or clause before a sentence's subject ("In the long run, …", "If it fails, …"). */
export const ADVERBIAL_OPENERS: ReadonlySet<string> = new Set(adverbialOpeners);
/** Things one is denied that are no statement ("denied bail", "denied entry", "deny them licenses"). */
export const WITHHELD_THINGS: ReadonlySet<string> = new Set(withheldThings);
/** Verbs that say whether the event they govern happened at all ("survived a fall", "averted a strike"), base forms. */
export const OUTCOME_VERBS: ReadonlySet<string> = new Set(outcomeVerbs);
/** Pairs of words that assert opposite things of the same matter ("raised" / "cut", "approved" / "rejected"), base forms. */
export const OPPOSITE_WORDS: readonly string[] = oppositeWords;
/** Verbs whose object then did what the infinitive says ("prompted the senator to say"): the object speaks. */
export const PROMPTING_VERBS: ReadonlySet<string> = new Set(promptingVerbs);
