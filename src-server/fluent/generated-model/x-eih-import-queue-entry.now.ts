// Generated from src-shared/model/tables.ts (x_eih_import_queue_entry) by `npm run generate`. Do not edit: change the model and regenerate.
import { Table, BooleanColumn, ChoiceColumn, DateTimeColumn, IntegerColumn, ReferenceColumn, StringColumn } from '@servicenow/sdk/core'

export const x_eih_import_queue_entry = Table({
  name: 'x_eih_import_queue_entry',
  label: 'Import queue entry',
  display: 'source_ref',
  allowWebServiceAccess: true,
  schema: {
    run: ReferenceColumn({ label: 'Run', referenceTable: 'x_eih_integration_run', mandatory: true }),
    connector: ReferenceColumn({ label: 'Connector', referenceTable: 'x_eih_connector', mandatory: true }),
    page_no: IntegerColumn({ label: 'Page', mandatory: true }),
    source_ref: StringColumn({ label: 'Source reference', maxLength: 200 }),
    payload: StringColumn({ label: 'Payload', maxLength: 65000 }),
    payload_pruned: BooleanColumn({ label: 'Payload pruned', default: 'false' }),
    state: ChoiceColumn({ label: 'State', default: 'queued', choices: { queued: { label: 'Queued', sequence: 0 }, processing: { label: 'Processing', sequence: 1 }, processed: { label: 'Processed', sequence: 2 }, error: { label: 'Error', sequence: 3 }, timed_out: { label: 'Timed out', sequence: 4 } }, dropdown: 'dropdown_with_none' }),
    attempts: IntegerColumn({ label: 'Attempts', default: '0' }),
    claimed_by: StringColumn({ label: 'Claimed by', maxLength: 100 }),
    queued_at: DateTimeColumn({ label: 'Queued' }),
    processing_started: DateTimeColumn({ label: 'Processing started' }),
    processing_ended: DateTimeColumn({ label: 'Processing ended' }),
    last_record_processed: DateTimeColumn({ label: 'Last record processed' }),
    records_total: IntegerColumn({ label: 'Records total', default: '0' }),
    records_processed: IntegerColumn({ label: 'Records processed', default: '0' }),
    records_rejected: IntegerColumn({ label: 'Records rejected', default: '0' }),
    resume_details: StringColumn({ label: 'Resume details', maxLength: 65000 }),
    ci_lookup_ms: IntegerColumn({ label: 'CI lookup time (ms)', default: '0' }),
    vi_creation_ms: IntegerColumn({ label: 'VI creation time (ms)', default: '0' }),
    risk_rules_ms: IntegerColumn({ label: 'Risk rules time (ms)', default: '0' }),
    assignment_rules_ms: IntegerColumn({ label: 'Assignment rules time (ms)', default: '0' }),
    remediation_task_rules_ms: IntegerColumn({ label: 'Remediation task rules time (ms)', default: '0' }),
    error: StringColumn({ label: 'Error', maxLength: 4000 }),
  },
  index: [
    { name: 'x_eih_import_queue_entry_run_page_no', unique: true, element: ['run', 'page_no'] },
    { name: 'x_eih_import_queue_entry_state_queued_at', unique: false, element: ['state', 'queued_at'] },
    { name: 'x_eih_import_queue_entry_processing_started', unique: false, element: ['processing_started'] },
  ],
})
