// Limits on what /seeds add takes in one go: named here so the command, its checks and its reply agree.

/** Attachments one /seeds add takes (the options file, file2 … file5). */
export const SEEDS_ADD_MAX_FILES = 5;
/** Largest attachment fetched, in bytes; SEEDS_MAX_FILE_BYTES applies too when it is lower. */
export const SEEDS_ADD_MAX_BYTES = 2 * 1024 * 1024;
/** Longest file name saved, in characters, extension included. */
export const SEED_NAME_MAX = 100;
/** How long fetching one attachment may take. */
export const ATTACHMENT_TIMEOUT_MS = 15_000;
/** Articles listed on one page of /seeds list. */
export const SEEDS_LIST_PAGE = 15;
