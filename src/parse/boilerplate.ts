// What is not content: related-link bullets, photo captions and trailers (docs/contract.md §1). Line-level tests,
// no backtracking regular expressions: each test looks at a bounded prefix or suffix of the line.

const BULLETS = new Set(['•', '-', '*', '·', '▪', '►', '▸', '◦', '‣', '–', '—', '>']);

/** Related-link or list bullet: "• Headline", "- Headline", "* Headline". */
export function isBulletLine(line: string): boolean {
  const t = line.trimStart();
  const first = t[0];
  if (!first || !BULLETS.has(first)) return false;
  // "- 5 percent" inside prose is rare at line start; a dash lead-in followed by a quote is a Q&A turn
  if ((first === '–' || first === '—') && /^[–—]\s*["“«]/u.test(t)) return false;
  return t.length > 1 && /\s/.test(t[1]!);
}

const CAPTION_MARKERS = ['photo:', 'photo by', 'photos:', 'photograph:', 'photo credit:', 'image:', 'picture:',
  'credit:', 'photo/', 'video:', 'illustration:', 'file photo'];

/** A photo caption: "Sergey Lavrov and Ilham Aliyev. Photo: AzerTac", "Photo: Reuters", "(Photo: AP)". */
export function isCaptionLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 300) return false;
  const lower = t.toLowerCase();
  for (const marker of CAPTION_MARKERS) {
    if (lower.startsWith(marker) || lower.startsWith('(' + marker)) return true;
    const at = lower.lastIndexOf(marker);
    // the marker near the end, after a sentence end or an opening bracket, with a short credit after it
    if (at > 0 && t.length - at < 80 && /[.!?)|/(\[–—-]$/.test(t.slice(0, at).trimEnd())) return true;
  }
  const tail = lower.slice(-60);
  return t.length < 200 && (tail.includes('getty images') || tail.includes('(ap photo') || tail.includes('/reuters'));
}

const TRAILERS = ['you may also like', 'you might also like', 'read also', 'read more', 'also read', 'share',
  'share this', 'share this article', 'advertisement', 'tags', 'related', 'related articles', 'related stories',
  'related news', 'recommended', 'more on this', 'more from', 'most read', 'most popular', 'follow us',
  'subscribe', 'sign up', 'read the rest here', 'read the full story', 'click here', 'comments',
  'leave a comment', 'print', 'email', 'story continues below', 'continue reading', 'see also', 'trending',
  'sponsored', 'sponsored content', 'loading', 'this article was', 'follow'];

/** Exactly a trailer or a trailer with a short tail: "Tags: Karabakh, Russia", "Read also: …". */
export function isTrailerLine(line: string): boolean {
  if (line.length > 200) return false; // trailers are short: skip the work on body paragraphs
  const t = line.trim().toLowerCase().replace(/[.:!…»>\s]+$/u, '');
  if (!t || t.length > 160) return false;
  for (const tr of TRAILERS) {
    if (t === tr) return true;
    if (t.startsWith(tr + ':') || t.startsWith(tr + ' :')) return true;
    if (t.startsWith(tr + ' on ') && t.length < 60) return true; // "share on facebook", "follow us on twitter"
  }
  return false;
}

/** Trailers after which the rest of a scraped page is navigation, not the article. */
export function endsArticle(line: string): boolean {
  if (line.length > 40) return false;
  const t = line.trim().toLowerCase().replace(/[.:!…»>\s]+$/u, '');
  return ['you may also like', 'you might also like', 'related articles', 'related stories', 'related news',
    'recommended', 'most read', 'most popular', 'more from', 'trending', 'tags', 'leave a comment', 'comments']
    .includes(t);
}

/** True for any line that is not article content. */
export function isBoilerplate(line: string): boolean {
  return isBulletLine(line) || isCaptionLine(line) || isTrailerLine(line);
}
