// Generators of hostile text for the fuzz tests: random Unicode mixed with the pieces that trip text code —
// quote marks of every style (unbalanced, nested), control characters, markdown and mention syntax, links,
// names and speech verbs (so the extractors' interesting paths run), and article scaffolding.
import fc from 'fast-check';

/** Every quote mark style the extractors might pair: straight, curly, guillemets, low-9, CJK corners, primes. */
export const QUOTE_MARKS = ['"', "'", '“', '”', '„', '‟', '‘', '’', '‚', '«', '»', '‹', '›', '「', '」', '『', '』', '`', '″', '〝', '〞'];

const CONTROL = ['\u0000', '\u0007', '\u0008', '\u000b', '\u000c', '\r', '\u001b', '\u007f', '\u0085', '\u200b', '\u200e', '\u202e', '\u2028', '\u2029', '\ufeff', '\ufffd', '\ud800', '\udfff'];

const PIECES = [
  'said', 'says', 'told', 'added', 'according to', 'stated', 'met', 'visited', 'talks', 'signed', 'called',
  'on Monday', 'on May 11', 'last year', 'in 2024', 'May 5-6', 'January 20, 1990', 'next week', 'the day before',
  'Sergei', 'Anna Novak', 'President', 'Minister', 'Mr.', 'Dr.', 'U.S.', 'St.', 'e.g.', 'Jr.', 'Ms', 'O\'Brien',
  '@everyone', '@here', '<@123456789012345678>', '<@&123456789012345678>', '<#123456789012345678>', '</ask:1>',
  '<t:0:R>', '**', '__', '~~', '||', '`', '```', '# ', '> ', '- ', '1. ', '[x](https://example.com)',
  'https://evil.example/a_b*c?d=<e>', 'www.example.com', '\\', '...', '…', '—', '–', ':', ';', '(', ')', '[', ']',
  '\n', '\n\n', '\t', '   ', '.', '?', '!', '. ', 'A', 'a', '1', 'Photo: X', '• link', 'Tags:', 'Published: 2024-02-30',
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 3, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  { weight: 1, arbitrary: fc.constantFrom(...CONTROL) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 3, arbitrary: fc.constantFrom(' ', ' ', ' ') },
);

/** A run of hostile text (up to `maxPieces` pieces joined as they come). */
export const hostileText = (maxPieces = 60) => fc.array(piece, { maxLength: maxPieces }).map((p) => p.join(''));

/** A sentence-like hostile line: a name, a cue and a quoted span with random marks, closed or not. */
export const quotedSentence = fc
  .tuple(fc.constantFrom(...QUOTE_MARKS), hostileText(12), fc.option(fc.constantFrom(...QUOTE_MARKS), { nil: '' }), fc.constantFrom('said Anna Novak', 'Novak said', 'he told reporters', '', 'according to the ministry'))
  .map(([open, body, close, cue]) => `${open}${body}${close}, ${cue}.`);

/** A whole file: sometimes front matter, sometimes a header, then paragraphs of hostile and quoted text. */
export const hostileFile = fc
  .tuple(
    fc.boolean(),
    hostileText(8),
    fc.array(fc.array(fc.oneof(hostileText(30), quotedSentence), { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')), { maxLength: 6 }),
  )
  .map(([front, title, paragraphs]) => (front ? `---\ntitle: ${title.replace(/\n/g, ' ')}\npublished: 2024-05-12\noutlet: Wire\n---\n` : `${title}\nWire\nPublished: 2024-05-12\n\n`) + paragraphs.join('\n\n'));

/** A readable file that always parses (its first paragraph is plain news; the rest may read as captions or
 *  links and be dropped), so the extractors get something to chew on. */
export const articleFile = fc
  .array(fc.array(fc.oneof(quotedSentence, hostileText(20).map((t) => `Anna Novak met Sergei Ivanov in Paris on May 11. ${t}`)), { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')), { minLength: 1, maxLength: 5 })
  .map((paragraphs) => `Talks in Paris\nWire\nPublished: 2024-05-12\n\nNovak met Ivanov in Paris on Monday, officials said.\n\n${paragraphs.join('\n\n')}\n`);

/** About `bytes` characters in one paragraph, built by repeating hostile sentences (no blank lines inside). */
export function megabyteParagraph(unit: string, bytes = 1024 * 1024): string {
  const one = unit.replace(/\n+/g, ' ');
  return one.repeat(Math.ceil(bytes / Math.max(1, one.length))).slice(0, bytes);
}
