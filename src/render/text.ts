// Answers as plain text for a terminal: the console and the command line without --json.
import type { DateRef, Evidence } from '../model/contract.js';
import type { QueryAnswer } from '../model/query.js';
import { languageNote } from './languageNote.js';
import { cut } from './safeText.js';

/** The quote on the answer line is cut to this; the full sentence follows in the citation. */
const QUOTE_HEAD = 200;

export function citeText(e: Evidence): string {
  const where = [e.outlet, `“${e.title}”`, e.headline ? 'headline' : `paragraph ${e.paragraph}`, e.published].filter(Boolean).join(', ');
  const note = languageNote(e);
  const link = e.url ? `\n    ${e.url}` : '';
  return `    ${where}${note ? ` (${note})` : ''}${link}\n    > ${e.text}`;
}

export function dateText(d: DateRef | null): string {
  if (!d || (!d.text && !d.start)) return 'date not given';
  const rel = d.relation === 'on' ? '' : `${d.relation} `;
  const noYear = d.start?.startsWith('--') ? ' (the article gives no year)' : '';
  const resolved = d.start && d.text && !d.start.startsWith('--') ? ` [${d.start}${d.end && d.end !== d.start ? ' to ' + d.end : ''}]` : '';
  return `${rel}${d.text ?? d.start}${noYear}${resolved}`;
}

/** An undated event's nearest dated context (an extra field of `when` answers), said as such: never its date. */
export function nearestDateText(item: object): string | null {
  const near = (item as { nearestDate?: DateRef & { evidence?: Evidence } }).nearestDate;
  if (!near || (!near.text && !near.start)) return null;
  const where = near.evidence ? `, paragraph ${near.evidence.paragraph}` : '';
  return `no date of its own; the nearest date its article gives is ${dateText(near)}${where}`;
}

/** Control characters (a terminal escape sequence in an article) are shown as nothing; newlines and tabs stay. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function stripControl(text: string): string {
  return text.replace(CONTROL, '');
}

export function renderText(result: QueryAnswer): string {
  return stripControl(renderLines(result));
}

function renderLines(result: QueryAnswer): string {
  const lines: string[] = [];
  const a = result.answer;
  if (result.command === 'ask') lines.push(`(answered as ${(a as { intent: string }).intent})`);
  if ('verdict' in a) {
    lines.push(a.verdict === 'supported' ? `Supported by ${a.outlets.join(', ') || 'the seeds'}.`
      : a.verdict === 'conflicting' ? 'The seeds say otherwise.' : 'Nothing in the seeds backs this claim.');
    if (a.verdict !== 'supported' && a.answers.some((s) => s.stance === 'partly')) {
      lines.push('Other articles about this event are listed as partly.');
    }
    for (const s of a.answers) {
      const stance = s.stance === 'partly' ? 'partly (not counted as support)' : s.stance;
      const why = s.conflicts.map((c) => c.reason ?? `says ${c.source}, not ${c.claim}`).join('; ');
      lines.push(`- ${stance}${s.conflicts.length ? ` (${why})` : ''}`);
      lines.push(citeText(s.evidence));
    }
    return lines.join('\n');
  }
  if (a.notFound) return [...lines, a.notFound].join('\n');
  // "No article names Blinken. Events of Sergei Lavrov:": the answers are not what was asked
  const note = (a as { note?: unknown }).note;
  if (typeof note === 'string') lines.push(note);
  for (const item of a.answers) {
    if ('speaker' in item) {
      const who = item.speaker.id === 'unknown' ? 'An unnamed speaker' : item.speaker.name;
      lines.push(`- ${who} (${item.kind}): “${cut(item.text, QUOTE_HEAD)}”`);
    } else if ('kind' in item && 'participants' in item) {
      const who = item.participants.length ? ` (${item.participants.join(', ')})` : '';
      lines.push(`- ${dateText(item.date)}: ${item.what}${who}${item.place ? `, ${item.place}` : ''}`);
      const near = nearestDateText(item);
      if (near) lines.push(`  (${near})`);
    } else {
      // a passage, not a quote or an event: the citation below says where and gives its words
      lines.push('- A passage that matches:');
    }
    lines.push(citeText(item.evidence));
  }
  return lines.join('\n');
}
