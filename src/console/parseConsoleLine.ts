// A console line to a command: "/who-said military aspects", "/quotes speaker: Lavrov about: peace", text.
import type { QueryRequest } from '../model/query.js';

export type ConsoleCommand =
  | { kind: 'query'; request: QueryRequest }
  | { kind: 'help' | 'about' | 'reload' | 'quit' | 'empty' }
  | { kind: 'error'; message: string };

/** Reads "name: value" options in Discord's style; text before the first option is the first option. */
function options(rest: string, names: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const lower = rest.toLowerCase();
  const marks: { name: string; at: number; len: number }[] = [];
  for (const name of names) {
    const at = lower.indexOf(`${name}:`);
    if (at >= 0 && (at === 0 || /\s/.test(rest[at - 1]!))) marks.push({ name, at, len: name.length + 1 });
  }
  marks.sort((a, b) => a.at - b.at);
  const lead = (marks[0] ? rest.slice(0, marks[0].at) : rest).trim();
  if (lead) out[names[0]!] = lead;
  marks.forEach((m, k) => {
    const end = marks[k + 1]?.at ?? rest.length;
    const v = rest.slice(m.at + m.len, end).trim();
    if (v) out[m.name] = v;
  });
  return out;
}

export function parseConsoleLine(line: string): ConsoleCommand {
  const t = line.trim();
  if (!t) return { kind: 'empty' };
  // the words a newcomer types first mean what they say, not a search for "help"
  const bare = t === '?' ? '?' : t.toLowerCase().replace(/[.!?]+$/, '');
  if (bare === 'help' || bare === '?') return { kind: 'help' };
  if (bare === 'quit' || bare === 'exit' || bare === 'bye') return { kind: 'quit' };
  if (!t.startsWith('/')) return { kind: 'query', request: { command: 'ask', q: t } };
  const space = t.search(/\s/);
  const name = (space < 0 ? t.slice(1) : t.slice(1, space)).toLowerCase();
  const rest = space < 0 ? '' : t.slice(space + 1);
  switch (name) {
    case 'help': return { kind: 'help' };
    case 'about': return { kind: 'about' };
    case 'reload': return { kind: 'reload' };
    case 'quit': case 'exit': return { kind: 'quit' };
    case 'who-said': case 'when': case 'sources': case 'ask': {
      const key = { 'who-said': 'quote', when: 'event', sources: 'claim', ask: 'question' }[name];
      const q = options(rest, [key])[key];
      if (!q) return { kind: 'error', message: `/${name} needs ${key}: /${name} ${key}: ...` };
      return { kind: 'query', request: { command: name, q } };
    }
    case 'quotes': {
      const o = options(rest, ['speaker', 'about']);
      if (!o.speaker) return { kind: 'error', message: '/quotes needs a speaker: /quotes speaker: Lavrov about: peace' };
      return { kind: 'query', request: { command: 'quotes', q: o.speaker, about: o.about } };
    }
    default: return { kind: 'error', message: `Unknown command /${name.slice(0, 32)}. Type /help.` };
  }
}
