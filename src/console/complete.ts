// Tab completion for the console: command names after "/", option names after a command, and speaker names
// (as /quotes' autocomplete offers them) after "/quotes " or "speaker:".
import type { Library } from '../library/library.js';

export const CONSOLE_COMMANDS = [
  '/who-said', '/quotes', '/when', '/sources', '/ask', '/about', '/reload', '/help', '/quit', '/exit',
] as const;
const BARE = ['help', 'quit', 'exit'];
/** Suggestions shown at most; readline lists them all, so a big library must not flood the screen. */
const MAX_SUGGESTIONS = 20;

export type Completer = (line: string) => [string[], string];

export function completeLine(line: string, lib: Library | null): [string[], string] {
  if (!line.includes(' ')) {
    const pool = line.startsWith('/') ? CONSOLE_COMMANDS : BARE;
    const hits = pool.filter((c) => c.startsWith(line.toLowerCase()));
    return [hits.length ? hits.map((h) => (h.startsWith('/') ? `${h} ` : h)) : [], line];
  }
  const speaker = /^\/quotes\s+(?:speaker:\s*)?(?!.*\babout:)(.*)$/i.exec(line);
  if (speaker && lib) {
    const typed = speaker[1]!;
    const lower = typed.toLowerCase();
    // readline inserts what a hit adds after the typed part, so a hit must extend it: the full name, or the
    // name from the word typed on ("Oka" → "Okafor", "Chi" → "Chidi Okafor")
    const hits = new Set<string>();
    for (const p of lib.peopleIndex.suggest(typed, MAX_SUGGESTIONS)) {
      const words = p.name.split(' ');
      for (let w = 0; w < words.length; w++) {
        const tail = words.slice(w).join(' ');
        if (tail.toLowerCase().startsWith(lower)) { hits.add(typed + tail.slice(typed.length)); break; }
      }
    }
    return [[...hits], typed];
  }
  return [[], line];
}
