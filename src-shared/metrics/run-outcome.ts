import type { RunSubstate } from '../model/vocabulary';

/**
 * How a run's outcome is counted. A timed-out run failed to deliver its data, so the bar chart
 * counts it as failed (truthful status: never hide a timeout as "not a failure"). A cancelled run
 * is the user's act, not the integration's outcome, so it is counted in neither bar; the last-run
 * pie still shows both separately.
 */
export const FAILED_SUBSTATES = ['failed', 'timed_out'] as const satisfies readonly RunSubstate[];

export function barOutcomeOfSubstate(substate: string | null | undefined): 'succeeded' | 'failed' | null {
  if (substate === 'succeeded') return 'succeeded';
  return (FAILED_SUBSTATES as readonly string[]).includes(substate ?? '') ? 'failed' : null;
}

/** Slices of the last-run pie, in display order; every slice is always present (0 included). */
export const OUTCOME_SLICES = ['succeeded', 'failed', 'cancelled', 'timed_out', 'in_progress', 'never_run', 'unknown'] as const;
export type OutcomeSlice = (typeof OUTCOME_SLICES)[number];

export const OUTCOME_LABELS: Readonly<Record<OutcomeSlice, string>> = {
  succeeded: 'Succeeded',
  failed: 'Failed',
  cancelled: 'Cancelled',
  timed_out: 'Timed out',
  in_progress: 'In progress',
  never_run: 'Never run',
  unknown: 'Unknown',
};

const ALIASES: Readonly<Record<string, OutcomeSlice>> = {
  succeeded: 'succeeded',
  success: 'succeeded',
  successful: 'succeeded',
  failed: 'failed',
  failure: 'failed',
  error: 'failed',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  timed_out: 'timed_out',
  timeout: 'timed_out',
  timedout: 'timed_out',
  // The run has not finished: its substate is still `none`, its state one of the live states.
  none: 'in_progress',
  queued: 'in_progress',
  retrieving: 'in_progress',
  processing: 'in_progress',
  running: 'in_progress',
  retrying: 'in_progress',
};

/**
 * The pie slice of a connector's `last_run_status`. The column is free text (40 chars) that the run
 * machine fills with the run's substate; case, spaces and a few common synonyms are forgiven.
 * Empty means the connector never ran; text we do not recognise is `unknown`, never guessed.
 */
export function outcomeOfStatus(status: string | null | undefined): OutcomeSlice {
  if (status === null || status === undefined || status.trim() === '') return 'never_run';
  const key = status.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return ALIASES[key] ?? 'unknown';
}
