// Small wording helpers for the command line, the console and reports: counted nouns, file names shown safely.

/** "1 paragraph", "2 paragraphs"; the plural is the noun plus "s" unless given. */
export function plural(n: number, noun: string, many = `${noun}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? noun : many}`;
}

/** A file or folder name as it can be shown in a terminal: control characters (a newline, an escape
 *  sequence) written as escapes, so a hostile name cannot forge a line or recolour the screen. */
export function shownName(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    const code = c.charCodeAt(0);
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return code > 0xff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\x${code.toString(16).padStart(2, '0')}`;
  });
}
