import type { Result } from '../../../src-shared/core/result';
import { testConnection, testConnectorConnection } from '../connection-test';
import { applyConnectorEvent } from '../connector-lifecycle';
import { glide, type GlideRecordPort } from '../glide/glide-port';

/** Form buttons (declared in src-server/fluent/ui-actions.now.ts): tell the user what happened. */

function report<T>(result: Result<T>, success: (value: T) => string): void {
  if (result.ok) glide().addInfoMessage(success(result.value));
  else glide().addErrorMessage(result.error.message);
}

export function testConnectionAction(current: GlideRecordPort): void {
  const outcome = testConnection(current.getUniqueValue());
  if (outcome.ok && outcome.value.status === 'error') glide().addErrorMessage(`${outcome.value.message} ${outcome.value.suggestion}`);
  else report(outcome, (d) => `${d.message} ${d.suggestion}`);
}

export function testConnectorConnectionAction(current: GlideRecordPort): void {
  const outcome = testConnectorConnection(current.getUniqueValue());
  if (outcome.ok && outcome.value.status === 'error') glide().addErrorMessage(`${outcome.value.message} ${outcome.value.suggestion}`);
  else report(outcome, (d) => `${d.message} ${d.suggestion}`);
}

function queued(value: { runId: string | null; skipped: string | null }, what: string): string {
  return value.runId !== null ? `${what}: the run starts within a minute.` : `${what} skipped: ${value.skipped ?? 'a run is already active'}.`;
}

export function executeNowAction(current: GlideRecordPort): void {
  report(applyConnectorEvent(current.getUniqueValue(), { type: 'execute' }), (v) => queued(v, 'Run queued'));
}

export function executeFullImportAction(current: GlideRecordPort): void {
  report(applyConnectorEvent(current.getUniqueValue(), { type: 'execute' }, { fullImport: true }), (v) => queued(v, 'Full data import queued'));
}

export function disableConnectorAction(current: GlideRecordPort): void {
  report(applyConnectorEvent(current.getUniqueValue(), { type: 'disable' }), () => 'Connector disabled; its data is kept and active runs stop at their next heartbeat.');
}

export function enableConnectorAction(current: GlideRecordPort): void {
  const hasSucceededBefore = current.getValue('last_run_status') === 'succeeded';
  report(applyConnectorEvent(current.getUniqueValue(), { type: 'enable', hasSucceededBefore }), (v) => queued(v, 'Connector enabled; catch-up run queued'));
}

export function deleteConnectorAction(current: GlideRecordPort): void {
  report(applyConnectorEvent(current.getUniqueValue(), { type: 'delete' }), () => 'Connector and its imported data deleted.');
}
