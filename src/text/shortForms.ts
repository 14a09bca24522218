// Names people type short: a clipped name with a pet ending ("Philly" for Philadelphia, "Indy" for
// Indianapolis, "Jags" for Jaguars, "Aussie" for Australian, "Wlad" for Wladimir) or a contraction ("Mt"
// for Mount, "Ft" for Fort). Checked on folded words, never on common words: only a name stands for a name.

/** Endings a clipped name takes ("Indy", "Aussie", "Jags", "Philly"). */
const PET_ENDINGS = ['sie', 'ie', 'ly', 'y', 's', ''];
/** Letters a clipped name keeps of the full one, at least. */
const MIN_STEM = 3;
/** A clipped name leaves at least this many letters of the full name out (so "Marks" is not "Mark"). */
const MIN_CUT = 2;

/** Whether `short` (folded) is a clipped or contracted form of the name `full` (folded). */
export function isShortForm(short: string, full: string): boolean {
  if (short.length >= full.length || !/^[a-z]+$/.test(short) || !/^[a-z]+$/.test(full)) return false;
  // a contraction keeps the first and last letters, and others in order: "mt" for "mount"
  if (short.length <= 3 && short[0] === full[0] && short.at(-1) === full.at(-1) && inOrder(short, full)) return true;
  return PET_ENDINGS.some((end) => {
    if (!short.endsWith(end)) return false;
    const stem = short.slice(0, short.length - end.length);
    return stem.length >= MIN_STEM && full.length - stem.length >= MIN_CUT && full.startsWith(stem);
  });
}

/** Whether the letters of `short` stand in `full` in the same order. */
function inOrder(short: string, full: string): boolean {
  let k = 0;
  for (const ch of full) if (ch === short[k]) k++;
  return k >= short.length;
}
