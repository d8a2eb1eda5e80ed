import { col, type TableDef } from '../column';
import { ENTRY_STATES } from '../vocabulary';

/** One fetched page waiting for, or done with, processing; heartbeats live here. */
export const importQueueEntryTable = {
  name: 'x_eih_import_queue_entry',
  label: 'Import queue entry',
  display: 'source_ref',
  scope: 'both',
  columns: {
    run: col.reference('Run', 'x_eih_integration_run', { mandatory: true }),
    connector: col.reference('Connector', 'x_eih_connector', { mandatory: true }),
    page_no: col.integer('Page', { mandatory: true }),
    source_ref: col.string('Source reference', { maxLength: 200 }),
    /** Instance: unused (pages are attachments); local host: in x_eih_page_payload. Kept for pages written inline. */
    payload: col.json('Payload'),
    payload_pruned: col.boolean('Payload pruned', false),
    state: col.choice('State', ENTRY_STATES, { default: 'queued' }),
    attempts: col.integer('Attempts', { default: 0 }),
    claimed_by: col.string('Claimed by', { maxLength: 100 }),
    queued_at: col.datetime('Queued'),
    processing_started: col.datetime('Processing started'),
    processing_ended: col.datetime('Processing ended'),
    last_record_processed: col.datetime('Last record processed'),
    records_total: col.integer('Records total', { default: 0 }),
    records_processed: col.integer('Records processed', { default: 0 }),
    records_rejected: col.integer('Records rejected', { default: 0 }),
    resume_details: col.json('Resume details'),
    ci_lookup_ms: col.integer('CI lookup time (ms)', { default: 0 }),
    vi_creation_ms: col.integer('VI creation time (ms)', { default: 0 }),
    risk_rules_ms: col.integer('Risk rules time (ms)', { default: 0 }),
    assignment_rules_ms: col.integer('Assignment rules time (ms)', { default: 0 }),
    remediation_task_rules_ms: col.integer('Remediation task rules time (ms)', { default: 0 }),
    error: col.string('Error', { maxLength: 4000 }),
  },
  indexes: [
    { columns: ['run', 'page_no'], unique: true },
    { columns: ['state', 'queued_at'] },
    { columns: ['processing_started'] },
    // List routes page in creation order; without this index every page sorts the whole table.
    { columns: ['sys_created_on'] },
  ],
} as const satisfies TableDef;
