import { fail, ok, type Result } from '../../../src-shared/core/result';
import { importQueueEntryTable } from '../../../src-shared/model/tables/import-queue-entry';
import { glide } from '../glide/glide-port';
import { first, insertRow, updateRow } from '../glide/glide-store';
import { nowIso } from '../instance-context';

/**
 * A fetched page becomes an import queue entry. The payload goes into an attachment on the entry
 * (the reference platform does the same: records hold bookkeeping, attachments hold data), so the
 * entry row stays small and the payload can be pruned after the retention days.
 */

export const PAYLOAD_FILE = 'payload.json';

export interface SavedEntry {
  readonly entryId: string;
  readonly records: number;
}

/** Upsert on (run, page_no): a page delivered twice after a crash overwrites, never duplicates. */
export function saveEntry(runId: string, connectorId: string, pageNo: number, sourceRef: string, payloadText: string): Result<SavedEntry> {
  let records: unknown;
  try {
    records = JSON.parse(payloadText) as unknown;
  } catch {
    return fail('invalid_payload', `page ${pageNo} (${sourceRef}) is not JSON`, 502);
  }
  if (!Array.isArray(records)) return fail('invalid_payload', `page ${pageNo} (${sourceRef}) is not a JSON array of records`, 502);
  const values = {
    run: runId,
    connector: connectorId,
    page_no: pageNo,
    source_ref: sourceRef,
    state: 'queued',
    queued_at: nowIso(),
    records_total: records.length,
    records_processed: 0,
    records_rejected: 0,
    attempts: 0,
    payload: null,
    payload_pruned: false,
    resume_details: null,
    error: null,
  } as const;
  const existing = first(importQueueEntryTable, { where: { run: runId, page_no: pageNo } });
  let entryId: string | null;
  if (existing === null) entryId = insertRow(importQueueEntryTable, values);
  else {
    entryId = existing.sys_id;
    updateRow(importQueueEntryTable, entryId, values);
    glide().deleteAttachments(importQueueEntryTable.name, entryId);
  }
  if (entryId === null) return fail('insert_failed', `page ${pageNo} of run '${runId}' could not be queued`, 500);
  if (glide().writeAttachment(importQueueEntryTable.name, entryId, PAYLOAD_FILE, 'application/json', payloadText) === null) {
    return fail('attachment_failed', `payload of page ${pageNo} of run '${runId}' could not be stored`, 500);
  }
  return ok({ entryId, records: records.length });
}

export function readPayload(entryId: string): unknown {
  const text = glide().readAttachment(importQueueEntryTable.name, entryId, PAYLOAD_FILE);
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
