// Discord's own numbers (API documentation), in one place so every cut and check uses the same ones.
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  /** Longest link an embed carries (Discord refuses longer URLs in embeds). */
  embedUrl: 2048,
  /** Characters across all embeds of one message. */
  embedsTotal: 6000,
  embedsPerMessage: 10,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  customId: 100,
  buttonsPerRow: 5,
  actionRows: 5,
  /** Largest max_length a string option may declare. */
  stringOption: 6000,
  /** An interaction must be acknowledged within this many milliseconds. */
  ackDeadlineMs: 3000,
} as const;
