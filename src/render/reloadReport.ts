// A reload report as plain lines: what was added, removed, changed and rejected, capped so a folder of
// thousands of files still fits a message.
import type { ReloadReport } from '../model/reloadReport.js';
import { shownName } from './words.js';

export function reloadLines(report: ReloadReport, maxPerList = 10): string[] {
  const lines = [report.message];
  const list = (label: string, items: string[]) => {
    if (!items.length) return;
    const shown = items.slice(0, maxPerList).map(shownName).join(', ');
    lines.push(`${label} (${items.length}): ${shown}${items.length > maxPerList ? `, and ${items.length - maxPerList} more` : ''}`);
  };
  if (report.swapped) {
    list('Added', report.added);
    list('Removed', report.removed);
    list('Changed', report.changed);
  }
  if (report.rejected.length) {
    lines.push(`Rejected (${report.rejected.length}):`);
    for (const r of report.rejected.slice(0, maxPerList)) lines.push(`  ${shownName(r.file)}: ${r.error.replace(/^rejected: /, '')}`);
    if (report.rejected.length > maxPerList) lines.push(`  and ${report.rejected.length - maxPerList} more (run 'byline check-seeds')`);
  }
  return lines;
}
