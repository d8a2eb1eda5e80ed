import { propagateConnectionResult } from '../connection-test';
import { statusChangeIsLegal } from '../connector-lifecycle';
import { glide, type GlideRecordPort } from '../glide/glide-port';
import { applyRunCompletion } from '../run/run-completion';

/**
 * Business rule scripts (declared in src-server/fluent/business-rules.now.ts). Each checks its own
 * trigger condition too, so it is correct whatever condition the record carries.
 */

/** after update, x_eih_connection: a new test result sets the health of every connector using it. */
export function onConnectionTested(current: GlideRecordPort, _previous: GlideRecordPort | null): void {
  if (!current.getElement('last_tested').changes()) return;
  propagateConnectionResult(current.getUniqueValue());
}

/** A new connector starts where the lifecycle starts: never green before its first sync. */
const INITIAL_STATUSES = ['connecting', 'disabled'];

/** before insert/update, x_eih_connector: a status change must be one the core's machine allows. */
export function validateConnectorStatus(current: GlideRecordPort, previous: GlideRecordPort | null): void {
  const to = current.getValue('status');
  if (previous === null || current.isNewRecord()) {
    if (to !== null && !INITIAL_STATUSES.includes(to)) abort(current, `a new connector starts as 'connecting' (or 'disabled'), not '${to}': only a successful run makes it connected`);
    return;
  }
  if (!current.getElement('status').changes()) return;
  const legal = statusChangeIsLegal(previous.getValue('status'), to);
  if (!legal.ok) abort(current, legal.error.message);
}

function abort(current: GlideRecordPort, message: string): void {
  glide().addErrorMessage(message);
  current.setAbortAction(true);
}

/** after update, x_eih_integration_run: a run that just completed updates its connector. */
export function onRunCompleted(current: GlideRecordPort, _previous: GlideRecordPort | null): void {
  if (current.getValue('state') !== 'complete' || !current.getElement('state').changes()) return;
  applyRunCompletion(current.getUniqueValue());
}
