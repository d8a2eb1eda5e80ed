/**
 * What a worker loads once per entry: the connector's platform, its pinned status mapping, the
 * rules and the heartbeat settings. Loaded fresh for each entry so edits apply to the next page.
 */
import { heartbeatSettings, type HeartbeatSettings } from '../../../src-shared/core/heartbeat-policy';
import { connectionTable, connectorTable, statusMappingTable, assignmentRuleTable, riskRuleTable } from '../../../src-shared/model/tables';
import type { Platform } from '../../../src-shared/model/vocabulary';
import { parseAssignmentRules, type AssignmentRule } from '../../../src-shared/rules/assignment-rules';
import { parseRiskRules, type RiskRule } from '../../../src-shared/rules/risk-score';
import { defaultStatusMapping, selectMapping, type StatusMapping } from '../../../src-shared/rules/status-mapping';
import { readProperties } from '../store/property-store';
import type { EngineDeps } from './engine-deps';

export interface ProcessingContext {
  readonly platform: Platform;
  readonly mapping: StatusMapping;
  readonly riskRules: readonly RiskRule[];
  readonly assignmentRules: readonly AssignmentRule[];
  readonly heartbeat: HeartbeatSettings;
  /** Invalid rules or mappings that were left out: logged, never silently ignored. */
  readonly warnings: readonly string[];
}

export async function loadProcessingContext(deps: EngineDeps, connectorId: string): Promise<ProcessingContext> {
  const connector = await deps.records.get(connectorTable, connectorId);
  if (!connector) throw new Error(`connector ${connectorId} no longer exists`);
  const connection = await deps.records.get(connectionTable, String(connector.connection));
  const platform = (connection?.platform ?? 'tenable_vm') as Platform;
  const mappingRows = await deps.records.findBy(statusMappingTable, { connector: connectorId });
  const selected = mappingRows.length === 0 ? null : selectMapping(mappingRows);
  const risk = parseRiskRules((await deps.records.findBy(riskRuleTable, { active: true })).map(ruleRow));
  const assignment = parseAssignmentRules((await deps.records.findBy(assignmentRuleTable, { active: true })).map(ruleRow));
  const settings = heartbeatSettings(await readProperties(deps.records), {
    time_limit_override: connector.time_limit_override as number | null,
    maximum_delay_override: connector.maximum_delay_override as number | null,
  });
  if (!settings.ok) throw new Error(settings.error.message);
  const warnings: string[] = [];
  if (selected && !selected.ok) warnings.push(`status mapping ignored, default used: ${selected.error.message}`);
  if (!risk.ok) warnings.push(`risk rules ignored: ${risk.error.message}`);
  if (!assignment.ok) warnings.push(`assignment rules ignored: ${assignment.error.message}`);
  return {
    platform,
    mapping: selected?.ok ? selected.value : defaultStatusMapping(),
    riskRules: risk.ok ? risk.value : [],
    assignmentRules: assignment.ok ? assignment.value : [],
    heartbeat: settings.value,
    warnings,
  };
}

function ruleRow(row: Record<string, unknown>): Record<string, unknown> {
  return { ...row, conditions: typeof row.conditions === 'string' ? row.conditions : JSON.stringify(row.conditions ?? []) };
}
