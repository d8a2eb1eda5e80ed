import type { ConnectorEvent } from '../../../src-shared/core/connector-lifecycle-machine';
import { initialRun, type RunMachineState } from '../../../src-shared/core/run-machine';
import { isoOf } from '../../../src-shared/core/context';
import type { RecordOf } from '../../../src-shared/model/column';
import { integrationRunTable } from '../../../src-shared/model/tables/integration-run';
import { clip } from '../instance-context';
import type { PlannerKind } from './planner-choice';

type RunRow = RecordOf<typeof integrationRunTable>;

/**
 * Everything a run needs to continue in a later transaction, kept in the run's `planner_state`
 * JSON column: the planner's own state (plain JSON by design), the run machine's state, and when a
 * parked wait ends. No credentials: a Security Center session token lives in memory only.
 */
export interface RunProgress {
  readonly v: 1;
  readonly kind: PlannerKind | null;
  readonly planner: unknown;
  readonly machine: RunMachineState;
  /** Epoch ms when a parked `wait` ends; null when nothing waits. */
  readonly resumeAt: number | null;
  /** The planner reached `done` or `fail`: no more retrieval. */
  readonly retrievalDone: boolean;
  /** The event the run machine asked to feed the connector's lifecycle (applied by the completion rule). */
  readonly connectorEvent: ConnectorEvent | null;
  readonly restApiMs: number;
}

export function freshProgress(): RunProgress {
  return { v: 1, kind: null, planner: null, machine: initialRun(), resumeAt: null, retrievalDone: false, connectorEvent: null, restApiMs: 0 };
}

export function progressOf(run: RunRow): RunProgress {
  const stored = run.planner_state;
  if (typeof stored === 'object' && stored !== null && (stored as { v?: unknown }).v === 1 && 'machine' in stored) {
    return stored as RunProgress;
  }
  return freshProgress();
}

/** The run columns people and the dashboard read, mirrored from the machine's state. */
export function runColumns(progress: RunProgress, exportUuid: string | null): Partial<RunRow> {
  const m = progress.machine;
  return {
    state: m.state,
    substate: m.substate,
    pages: m.pages,
    records_fetched: m.recordsFetched,
    records_processed: m.recordsProcessed,
    records_rejected: m.recordsRejected,
    entries_processed: m.entriesProcessed,
    entries_failed: m.entriesFailed,
    cursor_may_advance: m.cursorMayAdvance,
    started: m.started === null ? null : isoOf(m.started),
    ended: m.ended === null ? null : isoOf(m.ended),
    failure_stage: m.failure?.stage ?? null,
    failure_message: m.failure === null ? null : clip(m.failure.message, 4000),
    failure_status_code: m.failure?.statusCode ?? null,
    failure_retryable: m.failure?.retryable ?? false,
    rest_api_ms: Math.round(progress.restApiMs),
    planner_state: progress,
    ...(exportUuid === null ? {} : { export_uuid: exportUuid }),
  };
}
