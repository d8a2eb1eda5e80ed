import { glide } from '../glide/glide-port';
import { heartbeatWatchdog } from '../scheduler/heartbeat-watchdog';
import { pruneRetention } from '../scheduler/retention-pruner';
import { schedulerTick } from '../scheduler/scheduler-tick';

/** Scheduled script bodies (declared in src-server/fluent/scheduled-scripts.now.ts). */

export function runSchedulerTick(): void {
  const report = schedulerTick();
  const advanced = Object.keys(report.advanced).length;
  if (report.fired.length + report.retried.length + advanced > 0) {
    glide().log('info', `x_eih scheduler tick: ${report.fired.length} fired, ${report.retried.length} retried, ${advanced} runs advanced`);
  }
}

export function runHeartbeatWatchdog(): void {
  const report = heartbeatWatchdog();
  if (report.requeued.length + report.failed.length > 0) {
    glide().log('warn', `x_eih heartbeat watchdog: ${report.checked} checked, ${report.requeued.length} re-queued, ${report.failed.length} failed`);
  }
}

export function runRetention(): void {
  const report = pruneRetention();
  glide().log('info', `x_eih retention: ${report.logs} connector log lines deleted, ${report.payloads} processed page payloads pruned${report.more ? ' (more remain: the next pass continues)' : ''}`);
}
