// How a date relates to what it dates, from the words just before it: "before May 5" and "prior to his
// arrival on May 5" are `before`, "since 2016" and "after Friday" are `after`, "around", "about" and
// "mid-March" are `around`; "post-1959" is `after` and "pre-1990" `before`; anything else is `on`.
import type { DateRef } from '../../model/contract.js';

type Relation = DateRef['relation'];

const BEFORE = /\b(before|prior to|until|till|up to|ahead of|by|no later than|in the run-up to)\s+(the\s+)?$/i;
const AFTER = /\b(after|since|following|no earlier than|starting|beginning)\s+(the\s+)?$/i;
const AROUND = /\b(around|about|circa|approximately|roughly|near|some time in|sometime in)\s+(the\s+)?$/i;

export function relationBefore(precedingText: string, dateText: string): Relation {
  const tail = precedingText.slice(-40);
  // "post-1959", "pre-1990"
  if (/^post-/i.test(dateText)) return 'after';
  if (/^pre-/i.test(dateText)) return 'before';
  if (BEFORE.test(tail)) return 'before';
  if (AFTER.test(tail)) return 'after';
  if (AROUND.test(tail) || /^(mid|early|late|the (?:middle|beginning|start|end) of)\b/i.test(dateText)) return 'around';
  return 'on';
}
