import { connectorLogTable } from '../../../src-shared/model/tables/connector-log';
import { importQueueEntryTable } from '../../../src-shared/model/tables/import-queue-entry';
import { glideOfIso } from '../glide/glide-codec';
import { glide } from '../glide/glide-port';
import { deleteMatching, list, updateRow } from '../glide/glide-store';
import { readProperties } from '../instance-properties';

/**
 * Retention (the daily scheduled script), as on the Node host (engine/retention.ts): connector log
 * lines older than `x_eih.logs.retention_days` go, and processed pages older than
 * `x_eih.queue.payload_retention_days` lose their payload (here the attachment) while the entry
 * row stays as the page's bookkeeping, marked `payload_pruned`. Entries in error keep their
 * payload so they can still be retried.
 */

const DAY_MS = 24 * 60 * 60_000;

/** Entries one pass prunes, so a first pass over a long backlog stays inside the job's quota. */
export const MAX_PAYLOADS_PER_PASS = 10_000;

export interface RetentionReport {
  readonly logs: number;
  readonly payloads: number;
  /** The pass stopped at its payload limit: the next one continues (oldest first). */
  readonly more: boolean;
}

export function pruneRetention(options: { readonly maxPayloads?: number } = {}): RetentionReport {
  const maxPayloads = options.maxPayloads ?? MAX_PAYLOADS_PER_PASS;
  const properties = readProperties();
  const now = glide().nowMs();
  const logCutoff = glideOfIso(now - properties['x_eih.logs.retention_days'] * DAY_MS);
  const payloadCutoff = glideOfIso(now - properties['x_eih.queue.payload_retention_days'] * DAY_MS);
  const logs = logCutoff === null ? 0 : deleteMatching(connectorLogTable, { query: `created<${logCutoff}` });
  if (payloadCutoff === null) return { logs, payloads: 0, more: false };
  const entries = list(importQueueEntryTable, {
    where: { state: 'processed', payload_pruned: false },
    query: `processing_ended<${payloadCutoff}`,
    orderBy: 'processing_ended',
    limit: maxPayloads,
  });
  for (const entry of entries) {
    glide().deleteAttachments(importQueueEntryTable.name, entry.sys_id);
    updateRow(importQueueEntryTable, entry.sys_id, { payload: null, payload_pruned: true });
  }
  return { logs, payloads: entries.length, more: entries.length === maxPayloads };
}
