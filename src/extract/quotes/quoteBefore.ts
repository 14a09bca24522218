// Whether a cue attributes the quotation that closes right before it ("“We will win,” he said"): such a cue has
// said its words, so what follows its verb tells where, when or how it was said ("he said aboard his plane",
// "she said and hung up"), not more speech.

/** A quotation that closes with a comma or a dash right before the cue; after a question or an exclamation, only
 *  before a lowercase cue ("“Why?” she asked"), never one that ends its own sentence ("… soft.” He says …"). */
const CLOSED = /[,\u2014-]\s*['\u2019\u201d"]{1,2}\s*$/u;
const QUESTION_CLOSED = /[?!]\s*['\u2019\u201d"]{1,2}\s*$/u;
/** Where an attributed quotation may open: the paragraph's start, or after a sentence end, a colon, a semicolon,
 *  a comma or a dash. One that opens after a word is embedded in a clause of its own ("Recalling ''the
 *  consequences,'' the statement urged …", "on Fox News’s “Sunday Morning Futures,” Issa said …"). */
const OPENS_FREE = /(?:^|[.!?:;,\u2014-]['\u2019\u201d"]*)\s*$/u;
const OPENERS: Record<string, string> = { '\u201d': '\u201c', '"': '"', "'": "'", '\u2019': '\u2018' };

export function attributesQuoteBefore(text: string, cueStart: number): boolean {
  const lead = text.slice(Math.max(0, cueStart - 6), cueStart);
  const closed = CLOSED.exec(lead) ?? (/^\p{Ll}/u.test(text.slice(cueStart, cueStart + 1)) ? QUESTION_CLOSED.exec(lead) : null);
  if (!closed) return false;
  const close = cueStart - lead.length + closed.index + closed[0].search(/['\u2019\u201d"]/u);
  return opensFree(text, close);
}

/** Whether the quotation closing at `close` opened free of a clause (see OPENS_FREE). */
function opensFree(text: string, close: number): boolean {
  const mark = text[close]!;
  const doubled = mark === "'" && text[close + 1] === "'";
  const opener = doubled ? "''" : OPENERS[mark] ?? mark;
  const open = text.lastIndexOf(opener, close - 1);
  if (open < 0) return true;
  return OPENS_FREE.test(text.slice(Math.max(0, open - 4), open));
}
