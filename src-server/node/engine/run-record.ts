/**
 * A run's machine state lives in its record. Steps are applied by writing only the columns the
 * step changed, so concurrent writers (the retrieval loop, a cancel from the API) never undo each
 * other's fields.
 */
import type { RunMachineState } from '../../../src-shared/core/run-machine';
import type { Row } from '../store/record-codec';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const ms = (text: unknown) => (typeof text === 'string' ? Date.parse(text) : null);

export function runStateOf(record: Row): RunMachineState {
  return {
    state: record.state as RunMachineState['state'],
    substate: record.substate as RunMachineState['substate'],
    cancelRequested: record.cancel_requested === true,
    pages: Number(record.pages ?? 0),
    recordsFetched: Number(record.records_fetched ?? 0),
    recordsProcessed: Number(record.records_processed ?? 0),
    recordsRejected: Number(record.records_rejected ?? 0),
    entriesProcessed: Number(record.entries_processed ?? 0),
    entriesFailed: Number(record.entries_failed ?? 0),
    cursorTo: record.cursor_to === null || record.cursor_to === undefined ? null : Number(record.cursor_to),
    cursorMayAdvance: record.cursor_may_advance === true,
    failure:
      record.failure_stage === null || record.failure_stage === undefined
        ? null
        : {
            stage: record.failure_stage as NonNullable<RunMachineState['failure']>['stage'],
            statusCode: record.failure_status_code === null ? null : Number(record.failure_status_code),
            message: String(record.failure_message ?? ''),
            retryable: record.failure_retryable === true,
          },
    resume: null,
    started: ms(record.started),
    ended: ms(record.ended),
  };
}

export function runColumnsOf(state: RunMachineState): Row {
  return {
    state: state.state,
    substate: state.substate,
    cancel_requested: state.cancelRequested,
    pages: state.pages,
    records_fetched: state.recordsFetched,
    records_processed: state.recordsProcessed,
    records_rejected: state.recordsRejected,
    entries_processed: state.entriesProcessed,
    entries_failed: state.entriesFailed,
    cursor_to: state.cursorTo,
    cursor_may_advance: state.cursorMayAdvance,
    failure_stage: state.failure?.stage ?? null,
    failure_message: state.failure?.message ?? null,
    failure_status_code: state.failure?.statusCode ?? null,
    failure_retryable: state.failure?.retryable ?? false,
    started: iso(state.started),
    ended: iso(state.ended),
  };
}

/** Only the columns whose value the step changed. */
export function changedColumns(before: RunMachineState, after: RunMachineState): Row {
  const old = runColumnsOf(before);
  const next = runColumnsOf(after);
  const patch: Row = {};
  for (const [name, value] of Object.entries(next)) if (old[name] !== value) patch[name] = value;
  return patch;
}
