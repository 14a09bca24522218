// What the extractors return for one article, before people are merged across articles. Speakers and
// participants are local person keys; the library turns them into registry ids and names.
import type { DateRef, EventKind } from '../model/contract.js';

/** Where in the article something stands: the body paragraph (1-based) and the verbatim sentence(s); for the
 *  headline, its text with paragraph 1 and `headline` set. */
export interface Cite { paragraph: number; text: string; headline?: true }

export interface LocalPerson {
  /** Unique within the article. */
  key: string;
  /** The fullest name the article gives ("Sergei Lavrov"); for an organisation its name. */
  name: string;
  /** Every other way the article names them: surname, title + name, spelling variants. */
  aliases: string[];
  /** Roles the article gives them: "Russian Foreign Minister", "the president of Azerbaijan". */
  roles: string[];
  gender: 'male' | 'female' | null;
  kind: 'person' | 'organization';
}

export interface LocalQuote {
  /** Local person key, or null when the article does not say who. */
  speaker: string | null;
  /** The words as the article gives them, without the outer quote marks. */
  text: string;
  kind: 'direct' | 'indirect';
  cite: Cite;
  /** The attribution cue as written ("said", "according to"), when there is one. */
  cue?: string;
  /** The description the article used for a named speaker ("the California congressman"), when it used one. */
  speakerAs?: string;
}

export interface LocalDate extends DateRef { cite: Cite }

export interface LocalEvent {
  kind: EventKind;
  what: string;
  /** Local person keys. */
  participants: string[];
  place: string | null;
  date: DateRef | null;
  cite: Cite;
}

export interface ArticleExtraction {
  people: LocalPerson[];
  quotes: LocalQuote[];
  dates: LocalDate[];
  events: LocalEvent[];
}
