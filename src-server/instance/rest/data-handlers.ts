import { fail, ok, type Result } from '../../../src-shared/core/result';
import { connectionTable } from '../../../src-shared/model/tables/connection';
import { connectorTable } from '../../../src-shared/model/tables/connector';
import { importQueueEntryTable } from '../../../src-shared/model/tables/import-queue-entry';
import { integrationRunTable } from '../../../src-shared/model/tables/integration-run';
import { vulnerableItemTable } from '../../../src-shared/model/tables/vulnerable-item';
import type { TableDef } from '../../../src-shared/model/column';
import type { LocalStatus } from '../../../src-shared/model/vocabulary';
import { glide } from '../glide/glide-port';
import { count, getRow, list, updateRow } from '../glide/glide-store';
import { readProperties, writeProperties } from '../instance-properties';
import { loadTarget } from '../glide/tenable-transport';
import { processEntry } from '../run/page-processor';
import { writeBack, type WriteBackOutcome } from '../write-back';
import { answer, type HubAnswer, type HubCall } from './hub-http';
import { listOptions, publicRecord, recordInput } from './record-input';

/** Runs, queue entries, vulnerable items, properties and health. */

export const HUB_VERSION = '0.1.0';

function listOf(table: TableDef, call: HubCall): Result<HubAnswer> {
  const options = listOptions(table, (n) => call.query(n));
  if (!options.ok) return options;
  const rows = list(table, options.value);
  return answer(rows.map((r) => publicRecord(table, r)), 200, { 'X-Total-Count': String(count(table, options.value)) });
}

function one(table: TableDef, noun: string, id: string | undefined): Result<HubAnswer> {
  const row = getRow(table, id);
  return row === null ? fail('not_found', `${noun} '${id ?? ''}' does not exist`, 404) : answer(publicRecord(table, row));
}

export const listRuns = (call: HubCall) => listOf(integrationRunTable, call);
export const getRun = (call: HubCall) => one(integrationRunTable, 'run', call.params['id']);
export const listQueueEntries = (call: HubCall) => listOf(importQueueEntryTable, call);
export const getQueueEntry = (call: HubCall) => one(importQueueEntryTable, 'import queue entry', call.params['id']);
export const listVulnerableItems = (call: HubCall) => listOf(vulnerableItemTable, call);

/**
 * Retry a failed or timed-out entry. While its run is active the entry simply rejoins the queue
 * (the next tick processes it and the run counts it); for a finished run it is processed now.
 */
export function retryQueueEntry(call: HubCall): Result<HubAnswer> {
  const entry = getRow(importQueueEntryTable, call.params['id']);
  if (entry === null) return fail('not_found', `import queue entry '${call.params['id'] ?? ''}' does not exist`, 404);
  if (entry.state !== 'error' && entry.state !== 'timed_out') {
    return fail('illegal_transition', `import queue entry in state '${entry.state ?? ''}' cannot be retried: only error or timed_out entries can`, 409);
  }
  updateRow(importQueueEntryTable, entry.sys_id, { state: 'queued', claimed_by: null, error: null });
  const run = getRow(integrationRunTable, entry.run);
  if (run !== null && run.state !== 'complete') return answer({ entry: publicRecord(importQueueEntryTable, getRow(importQueueEntryTable, entry.sys_id) ?? {}), processed: false }, 202);
  const target = loadTarget(getRow(connectorTable, entry.connector)?.connection);
  if (!target.ok) return target;
  const outcome = processEntry(entry.sys_id, target.value.platform);
  if (!outcome.ok) return outcome;
  return answer({ entry: publicRecord(importQueueEntryTable, getRow(importQueueEntryTable, entry.sys_id) ?? {}), processed: true });
}

/**
 * Only the local status (and the group) is the user's to change; everything else comes from
 * Tenable. A changed local status is written back to Tenable as the core's write-back planner
 * decides, and the answer says whether it synced (as on the Node host).
 */
export function patchVulnerableItem(call: HubCall): Result<HubAnswer> {
  const item = getRow(vulnerableItemTable, call.params['id']);
  if (item === null) return fail('not_found', `vulnerable item '${call.params['id'] ?? ''}' does not exist`, 404);
  const input = recordInput(vulnerableItemTable, call.body, ['local_status', 'assignment_group'], ['local_status']);
  if (!input.ok) return input;
  const localStatus = input.value['local_status'] as LocalStatus;
  if (!updateRow(vulnerableItemTable, item.sys_id, input.value)) return fail('update_rejected', `vulnerable item '${item.sys_id}' could not be updated`, 409);
  const updated = getRow(vulnerableItemTable, item.sys_id) ?? item;
  const outcome: WriteBackOutcome = item.local_status === localStatus ? { synced: false, message: 'status unchanged: nothing to write back', statusCode: null } : writeBack(updated, localStatus);
  return answer({ ...publicRecord(vulnerableItemTable, updated), write_back: { synced: outcome.synced, message: outcome.message, status_code: outcome.statusCode } });
}

export function getProperties(_call: HubCall): Result<HubAnswer> {
  return answer(readProperties());
}

export function patchProperties(call: HubCall): Result<HubAnswer> {
  const written = writeProperties(call.body);
  return written.ok ? answer(written.value) : written;
}

/** Liveness plus a real round trip to the database, so "ok" means GlideRecord answers. */
export function getHealth(_call: HubCall): Result<HubAnswer> {
  const started = glide().nowMs();
  let connections: number;
  try {
    connections = count(connectionTable);
  } catch (error) {
    return fail('store_unavailable', `store unavailable: ${String(error)}`, 503);
  }
  return ok({ result: { status: 'ok', version: HUB_VERSION, store: 'glide', store_ms: Math.max(0, glide().nowMs() - started), connections }, status: 200 });
}
