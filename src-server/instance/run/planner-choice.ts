import type { CoreContext } from '../../../src-shared/core/context';
import { fail, ok, type Result } from '../../../src-shared/core/result';
import type { RecordOf } from '../../../src-shared/model/column';
import { connectorTable } from '../../../src-shared/model/tables/connector';
import type { Platform, Severity } from '../../../src-shared/model/vocabulary';
import { parseSeverityFilter } from '../../../src-shared/rules/severity-filter';
import {
  createExportPlanner,
  createScPlanner,
  type BaseCommand,
  type ExportState,
  type PlannerEvent,
  type ScAnalysisState,
} from '../../../src-shared/tenable';
import type { TenableTarget } from '../glide/tenable-transport';

/**
 * Which of the core's planners a connector runs, with what spec. The planners themselves are
 * used unchanged; this only picks one by platform.
 */

export type PlannerKind = 'export' | 'sc';

/** What every planner's `done` command carries that the host needs. */
export interface DoneCommand {
  readonly kind: 'done';
  readonly cursorMayAdvance: boolean;
  readonly cursorTo: number | null;
  readonly reason?: string;
  readonly exportUuid?: string | null;
  readonly tokenRegenerated?: boolean;
}

export type AnyCommand = BaseCommand | DoneCommand;

export interface PlannerStep {
  readonly state: unknown;
  readonly commands: readonly AnyCommand[];
}

const exportPlanner = createExportPlanner();
const scPlanner = createScPlanner();

export function stepPlanner(kind: PlannerKind, state: unknown, event: PlannerEvent, ctx: CoreContext): PlannerStep {
  if (kind === 'sc') return scPlanner.step(state as ScAnalysisState, event, ctx);
  return exportPlanner.step(state as ExportState, event, ctx);
}

export function platformOf(target: TenableTarget): Platform {
  return target.platform;
}

export function initialPlanner(
  target: TenableTarget,
  connector: RecordOf<typeof connectorTable>,
  since: number | null,
): Result<{ kind: PlannerKind; state: unknown; severities: Severity[] }> {
  const severities = parseSeverityFilter(connector.severity_filter);
  if (!severities.ok) return fail(severities.error.code, `connector '${connector.name ?? connector.sys_id}': ${severities.error.message}`, 422);
  if (target.platform === 'tenable_sc') {
    const auth = target.accessKey === null && target.scUsername !== null ? 'session' : 'api_keys';
    return ok({ kind: 'sc', state: scPlanner.init({ auth, since, severities: severities.value }), severities: severities.value });
  }
  const kind = target.platform === 'tenable_was' ? 'was_vulns' : 'vm_vulns';
  return ok({ kind: 'export', state: exportPlanner.init({ kind, since, severities: severities.value }), severities: severities.value });
}
