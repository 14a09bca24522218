// Option values validated at the edge: trimmed, one line, within the length the command declares. Discord
// enforces max_length for its own clients; this guards against anything else that sends an interaction.
import { z } from 'zod';

/** Longest value each string option takes (registered as max_length). */
export const OPTION_MAX = {
  quote: 300,
  speaker: 100,
  person: 100,
  about: 200,
  event: 300,
  claim: 500,
  question: 500,
} as const;
export type OptionName = keyof typeof OPTION_MAX;

export type OptionResult = { ok: true; text: string } | { ok: false; message: string };

export function readOption(name: OptionName, value: unknown, required = true): OptionResult {
  const max = OPTION_MAX[name];
  const parsed = z.string().transform((s) => s.replace(/\s+/g, ' ').trim()).safeParse(value ?? '');
  if (!parsed.success) return { ok: false, message: `The ${name} option must be text.` };
  const text = parsed.data;
  if (!text) return required ? { ok: false, message: `Please give a ${name}.` } : { ok: true, text: '' };
  if (text.length > max) {
    const size = text.length.toLocaleString('en');
    return { ok: false, message: `The ${name} is too long: ${size} characters, at most ${max}. Try a few distinctive words.` };
  }
  return { ok: true, text };
}
