/** Public API of the Tenable planners: sans-IO protocol machines the hosts drive. */
export type {
  BaseCommand,
  FailCommand,
  FetchChunkCommand,
  HttpMethod,
  JsonValue,
  LogCommand,
  Pending,
  PlannerEvent,
  RequestAuth,
  RequestCommand,
  RunFailure,
  SavePageCommand,
  StepResult,
  TokenRegeneratedCommand,
  WaitCommand,
} from './planner-protocol';
export { isTerminalCommand } from './planner-protocol';

export type { DecideRetry, RetryDecision, RetryInput } from './transient-retry-policy';
export { defaultDecideRetry, isTransient, TRANSIENT_STATUSES } from './transient-retry-policy';

export type { ExportKind, ExportLimits, ExportSpec } from './export-kinds';
export { DEFAULT_EXPORT_LIMITS, EXPORT_KINDS, exportPaths, exportRequestBody } from './export-kinds';

export type {
  ExportAction,
  ExportCommand,
  ExportDoneCommand,
  ExportPhase,
  ExportPlanner,
  ExportPlannerOptions,
  ExportState,
  RemoteExportStatus,
} from './export-planner';
export { createExportPlanner, initialExportState, REMOTE_EXPORT_STATUSES, stepExport } from './export-planner';

export type {
  ProjectsCommand,
  ProjectsDoneCommand,
  ProjectsPhase,
  ProjectsPlanner,
  ProjectsPlannerOptions,
  ProjectsState,
  WasProject,
  WasProjectsSpec,
} from './was-projects-planner';
export { createProjectsPlanner, initialProjectsState, stepProjects, WAS_CONFIGS_SEARCH_PATH } from './was-projects-planner';

export type {
  ScAction,
  ScAnalysisSpec,
  ScAnalysisState,
  ScCommand,
  ScDoneCommand,
  ScPass,
  ScPending,
  ScPhase,
  ScPlanner,
  ScPlannerOptions,
} from './sc-analysis-planner';
export { createScPlanner, initialScState, SC_ANALYSIS_PATH, SC_INVALID_TOKEN, SC_TOKEN_PATH, scSeverityIds, stepSc } from './sc-analysis-planner';
