// SIGHUP reloads the seeds, as daemons reload their configuration: `kill -HUP <pid>` after copying new
// articles in. The bot and the console install it; the returned function removes it again.
import type { ReloadReport } from '../model/reloadReport.js';

export function installReloadSignal(
  reload: () => Promise<ReloadReport>,
  onReport: (report: ReloadReport | Error) => void,
  proc: Pick<NodeJS.Process, 'on' | 'off' | 'platform'> = process,
): () => void {
  if (proc.platform === 'win32') return () => {}; // Windows has no SIGHUP
  const handler = () => {
    reload().then(onReport, (err: unknown) => onReport(err instanceof Error ? err : new Error(String(err))));
  };
  proc.on('SIGHUP', handler);
  return () => { proc.off('SIGHUP', handler); };
}
