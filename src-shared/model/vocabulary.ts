/**
 * The closed sets of values the product speaks in. Tables use them as choices, the core's machines
 * use them as states, the contract uses them as enums: one list each, declared here.
 */

export const PLATFORMS = ['tenable_vm', 'tenable_was', 'tenable_sc'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const CONNECTION_STATUSES = ['pending', 'success', 'error'] as const;
export type ConnectionStatus = (typeof CONNECTION_STATUSES)[number];

export const CONNECTOR_STATUSES = ['connecting', 'connected', 'retrying', 'failed', 'disabled', 'deleting'] as const;
export type ConnectorStatus = (typeof CONNECTOR_STATUSES)[number];

export const HEALTH_STATES = ['healthy', 'unhealthy', 'unknown'] as const;
export type Health = (typeof HEALTH_STATES)[number];

export const RUN_STATES = ['queued', 'retrieving', 'processing', 'complete'] as const;
export type RunState = (typeof RUN_STATES)[number];

export const RUN_SUBSTATES = ['none', 'succeeded', 'failed', 'cancelled', 'timed_out'] as const;
export type RunSubstate = (typeof RUN_SUBSTATES)[number];

export const FAILURE_STAGES = ['initiating', 'connectivity_test', 'fetching', 'normalizing', 'processing'] as const;
export type FailureStage = (typeof FAILURE_STAGES)[number];

export const ENTRY_STATES = ['queued', 'processing', 'processed', 'error', 'timed_out'] as const;
export type EntryState = (typeof ENTRY_STATES)[number];

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SCHEDULE_RUNS = ['daily', 'weekly', 'monthly', 'periodically', 'once', 'on_demand'] as const;
export type ScheduleRun = (typeof SCHEDULE_RUNS)[number];

export const SYNC_STATUSES = ['pending', 'synced', 'error'] as const;
export type SyncStatus = (typeof SYNC_STATUSES)[number];

/** Tenable's finding states, as exports report them. */
export const REMOTE_STATES = ['OPEN', 'REOPENED', 'FIXED'] as const;
export type RemoteState = (typeof REMOTE_STATES)[number];

/** The platform's own vulnerable item statuses (the left side of a status mapping). */
export const LOCAL_STATUSES = ['identified', 'in_progress', 'risk_accepted', 'false_positive', 'fixed'] as const;
export type LocalStatus = (typeof LOCAL_STATUSES)[number];

export const PROJECT_TYPES = ['WAS', 'VM'] as const;
export type ProjectType = (typeof PROJECT_TYPES)[number];

export const RUN_TRIGGERS = ['schedule', 'manual', 'create', 'enable', 'catch_up', 'retry'] as const;
export type RunTrigger = (typeof RUN_TRIGGERS)[number];

export const TASK_STATES = ['open', 'in_progress', 'closed'] as const;
export type TaskState = (typeof TASK_STATES)[number];

/** The timings the ingestion health highlights report (one daily latency histogram each). */
export const LATENCY_METRICS = ['queue_processing', 'queue_wait', 'rest_api'] as const;
export type LatencyMetric = (typeof LATENCY_METRICS)[number];

/** Labels that the generic `snake_case → Sentence case` rule would get wrong. */
export const CHOICE_LABELS: Readonly<Record<string, string>> = {
  tenable_vm: 'Tenable Vulnerability Management',
  tenable_was: 'Tenable Web App Scanning',
  tenable_sc: 'Tenable Security Center',
  OPEN: 'Open',
  REOPENED: 'Reopened',
  FIXED: 'Fixed',
  WAS: 'WAS',
  VM: 'VM',
  on_demand: 'On demand',
  timed_out: 'Timed out',
  info: 'Info',
  rest_api: 'REST API',
};
