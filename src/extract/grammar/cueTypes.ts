// What the cue finder returns: a verb of saying with the noun phrase that speaks.
export type SpeakerCategory = 'pronoun' | 'name' | 'role' | 'generic';

export interface SpeakerPhrase {
  start: number;
  end: number;
  text: string;
  category: SpeakerCategory;
  /** Token range [from, to] of the phrase. */
  from: number;
  to: number;
}

export interface Cue {
  /** The cue word(s) as written: "said", "according to". */
  verb: string;
  /** Index of the verb token (of "according" for "according to"). */
  verbTok: number;
  subject: SpeakerPhrase;
  /** Where the cue (subject and verb) starts and ends in the paragraph. */
  start: number;
  end: number;
  /** Subject after the verb ("said Sanders") or the "according to" form. */
  inverted: boolean;
  /** The verb reports speech only with a clause after it. */
  weak: boolean;
  /** "according to X". */
  according: boolean;
}
