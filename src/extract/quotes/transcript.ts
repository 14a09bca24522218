// Transcript and Q&A lines: "LAVROV: We believe…" or "Sergei Lavrov: We believe…" opening a paragraph.
// The label must be a short capitalised name; labels such as "Photo:" or "Read also:" are not speakers.
import type { SpeakerPhrase } from '../grammar/speechCues.js';

const NOT_SPEAKERS = new Set([
  'photo',
  'photos',
  'video',
  'source',
  'read',
  'update',
  'note',
  'editor',
  'tags',
  'share',
  'see',
  'watch',
  'related',
  'q',
  'a',
  'question',
  'answer',
  'correction',
  'disclaimer',
  'warning',
  'breaking',
]);
/** At most this many words in a speaker label. */
const LABEL_WORDS = 4;
const MIN_WORDS = 4;

export interface TranscriptLine { speaker: SpeakerPhrase; start: number; end: number }

export function transcriptLine(text: string): TranscriptLine | null {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > 60) return null;
  const label = text.slice(0, colon);
  const words = label.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > LABEL_WORDS) return null;
  if (!words.every((w) => /^\p{Lu}[\p{L}.'\u2019\-]*$/u.test(w))) return null;
  if (NOT_SPEAKERS.has(words[0]!.toLowerCase().replace(/[^\p{L}]/gu, ''))) return null;
  let start = colon + 1;
  while (start < text.length && /\s/.test(text[start]!)) start++;
  const body = text.slice(start);
  if (body.split(/\s+/).filter(Boolean).length < MIN_WORDS) return null;
  return {
    speaker: { start: 0, end: colon, text: label, category: 'name', from: 0, to: words.length - 1 },
    start,
    end: text.length,
  };
}
