// A reading-list item of a newsletter round-up: a quoted headline credited to another outlet's writer
// ("—“Ferry fares to double,” by the Ledger's Ana Ruiz: “…”"). Its headline and excerpt are that outlet's
// copy, not anyone's speech.
const READING_LIST_ITEM =
  /^[^"“”]{0,40}?(?:["“]|'')[^"“”]{3,200}?(?:["”]|''),?\s+by\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,4}?[A-Z][\w.-]*['’]s?\s+(?:[A-Z][\w.'-]*\s*){1,4}(?::|https?:)/u;

/** Whether a paragraph opens with a quoted headline and its byline ("by <Outlet>'s <Writer>:"). */
export function isReadingListItem(paragraph: string): boolean {
  return READING_LIST_ITEM.test(paragraph);
}
