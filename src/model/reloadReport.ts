// What a reload reports: whether the new library was swapped in, the files added, removed, changed and
// rejected, and where the time went. Built by the app, shown by the renderers and the logs.
import type { Rejected } from './contract.js';

export interface ReloadReport {
  ok: boolean;
  /** True when the new library replaced the old one. */
  swapped: boolean;
  articles: number;
  added: string[];
  removed: string[];
  changed: string[];
  rejected: Rejected[];
  skipped: Rejected[];
  message: string;
  ms: number;
  /** Where the time went, in ms: reading the folder, parsing + extracting, assembling the indexes. */
  phases?: { read: number; extract: number; assemble: number };
  /** Main-thread time per assembly stage, in ms (the sum over the turns the stage took). */
  stages?: Record<string, number>;
  /** The longest single turn of assembly on the main thread, in ms: how long an answer could have had to wait. */
  longestTurnMs?: number;
  /** Files parsed and extracted in this reload, files taken as they were (from the library serving or the
   *  cache on disk), and of those, how many came from the cache on disk; `snapshot` when the built library
   *  itself came from the snapshot on disk (src/app/librarySnapshotStore.ts). */
  reuse?: { extracted: number; reused: number; fromDisk: number; corruptPacks: number; snapshot?: boolean };
}
