import { heartbeatSettings, shouldBeat, type HeartbeatSettings, type ResumeDetails } from '../../../src-shared/core/heartbeat-policy';
import { fail, ok, type Result } from '../../../src-shared/core/result';
import { defaultPropertyValues } from '../../../src-shared/model/properties';
import { assignmentRuleTable } from '../../../src-shared/model/tables/assignment-rule';
import { connectorTable } from '../../../src-shared/model/tables/connector';
import { importQueueEntryTable } from '../../../src-shared/model/tables/import-queue-entry';
import { integrationRunTable } from '../../../src-shared/model/tables/integration-run';
import { riskRuleTable } from '../../../src-shared/model/tables/risk-rule';
import { statusMappingTable } from '../../../src-shared/model/tables/status-mapping';
import type { Platform, Severity } from '../../../src-shared/model/vocabulary';
import {
  assignGroup,
  buildConditionView,
  computeRiskScore,
  defaultStatusMapping,
  matchesSeverityFilter,
  normalizeRecord,
  parseAssignmentRules,
  parseRiskRules,
  parseSeverityFilter,
  selectMapping,
  type AssignmentRule,
  type RiskRule,
  type StatusMapping,
} from '../../../src-shared/rules';
import { glide } from '../glide/glide-port';
import { getRow, list, updateRow } from '../glide/glide-store';
import { readProperties } from '../instance-properties';
import { clip, nowIso } from '../instance-context';
import { readPayload } from './entry-store';
import { upsertAsset, upsertVulnerableItem } from './finding-writer';

/**
 * Processes one import queue entry: normalise each record (core), filter by severity (core), match
 * the asset (core), score and assign (core rules), upsert the item with the status mapping (core),
 * and beat while working (core heartbeat policy) so the watchdog can tell slow from stuck. A retry
 * resumes at the record the last beat saved.
 */

export interface EntryOutcome {
  readonly records: number;
  readonly rejected: number;
  readonly resume: ResumeDetails;
  /** The run was cancelled while this entry worked: it stopped at a beat. */
  readonly cancelled: boolean;
}

interface EntryRules {
  readonly severities: readonly Severity[];
  readonly mapping: StatusMapping;
  readonly risk: readonly RiskRule[];
  readonly assignment: readonly AssignmentRule[];
  readonly heartbeat: HeartbeatSettings;
}

function loadRules(connectorId: string, severityFilter: string | null, overrides: { time_limit_override: number | null; maximum_delay_override: number | null }): Result<EntryRules> {
  const severities = parseSeverityFilter(severityFilter);
  if (!severities.ok) return severities;
  const mappingRows = list(statusMappingTable, { where: { connector: connectorId } });
  const mapping = selectMapping(mappingRows);
  const risk = parseRiskRules(list(riskRuleTable, { where: { active: true } }));
  const assignment = parseAssignmentRules(list(assignmentRuleTable, { where: { active: true } }));
  // A broken rule table must not stop imports: the item is still written, unscored or unassigned.
  if (!risk.ok) glide().log('warn', `x_eih risk rules ignored: ${risk.error.message}`);
  if (!assignment.ok) glide().log('warn', `x_eih assignment rules ignored: ${assignment.error.message}`);
  const settings = heartbeatSettings(readProperties(), overrides);
  return ok({
    severities: severities.value,
    mapping: mapping.ok ? mapping.value : defaultStatusMapping(),
    risk: risk.ok ? risk.value : [],
    assignment: assignment.ok ? assignment.value : [],
    heartbeat: settings.ok ? settings.value : (heartbeatSettings(defaultPropertyValues()) as { ok: true; value: HeartbeatSettings }).value,
  });
}

function resumeOf(value: unknown, page: number): ResumeDetails {
  const r = value as { page?: unknown; recordOffset?: unknown } | null;
  return typeof r === 'object' && r !== null && typeof r.recordOffset === 'number' && r.recordOffset >= 0
    ? { page: typeof r.page === 'number' ? r.page : page, recordOffset: Math.floor(r.recordOffset) }
    : { page, recordOffset: 0 };
}

export function processEntry(entryId: string, platform: Platform): Result<EntryOutcome> {
  const entry = getRow(importQueueEntryTable, entryId);
  if (entry === null) return fail('not_found', `import queue entry '${entryId}' does not exist`, 404);
  if (entry.state !== 'queued') return fail('illegal_transition', `import queue entry '${entryId}' in state '${entry.state ?? ''}' cannot start processing`, 409);
  const connector = getRow(connectorTable, entry.connector);
  const run = getRow(integrationRunTable, entry.run);
  if (connector === null || run === null) return fail('not_found', `import queue entry '${entryId}' has no connector or run`, 404);
  const page = entry.page_no ?? 0;
  const resume = resumeOf(entry.resume_details, page);
  const resumed = resume.recordOffset > 0;
  updateRow(importQueueEntryTable, entryId, {
    state: 'processing',
    processing_started: nowIso(),
    last_record_processed: null,
    attempts: (entry.attempts ?? 0) + 1,
    claimed_by: glide().userName(),
  });
  const rules = loadRules(connector.sys_id, connector.severity_filter, connector);
  const payload = readPayload(entryId);
  if (!rules.ok || !Array.isArray(payload)) {
    const message = !rules.ok ? rules.error.message : `payload of page ${page} is missing or not a JSON array`;
    updateRow(importQueueEntryTable, entryId, { state: 'error', processing_ended: nowIso(), error: clip(message, 4000) });
    return fail('entry_failed', message, 422);
  }
  const timings = { ci_lookup_ms: 0, vi_creation_ms: 0, risk_rules_ms: 0, assignment_rules_ms: 0 };
  let processed = resumed ? (entry.records_processed ?? 0) : 0;
  let rejected = resumed ? (entry.records_rejected ?? 0) : 0;
  let sinceBeat = 0;
  let lastBeat = glide().nowMs();
  const sourceType = (entry.source_ref ?? '').indexOf('patched') >= 0 ? 'patched' : 'cumulative';
  for (let index = resume.recordOffset; index < payload.length; index += 1) {
    const outcome = normalizeRecord(platform, payload[index], `$[${index}]`, sourceType);
    if (!outcome.ok) rejected += 1;
    else if (matchesSeverityFilter(rules.value.severities, outcome.value.finding.severity)) {
      const t0 = glide().nowMs();
      const asset = upsertAsset(outcome.value.asset);
      const t1 = glide().nowMs();
      const view = { platform, finding: outcome.value.finding, asset: { ...outcome.value.asset, criticality: asset.criticality } };
      const risk = computeRiskScore(view, rules.value.risk);
      const t2 = glide().nowMs();
      const group = assignGroup(rules.value.assignment, buildConditionView(view)).group;
      const t3 = glide().nowMs();
      upsertVulnerableItem({ connector: connector.sys_id, run: run.sys_id, finding: outcome.value.finding, assetId: asset.id, mapping: rules.value.mapping, riskScore: risk.score, assignmentGroup: group });
      const t4 = glide().nowMs();
      timings.ci_lookup_ms += t1 - t0;
      timings.risk_rules_ms += t2 - t1;
      timings.assignment_rules_ms += t3 - t2;
      timings.vi_creation_ms += t4 - t3;
      processed += 1;
    } else processed += 1;
    sinceBeat += 1;
    const now = glide().nowMs();
    if (shouldBeat({ recordsSinceBeat: sinceBeat, msSinceBeat: now - lastBeat }, rules.value.heartbeat)) {
      const at = { page, recordOffset: index + 1 };
      updateRow(importQueueEntryTable, entryId, { last_record_processed: nowIso(), records_processed: processed, records_rejected: rejected, resume_details: at });
      sinceBeat = 0;
      lastBeat = now;
      // Cancellation arrives with the heartbeat: stop here, keeping what was written.
      if (getRow(integrationRunTable, run.sys_id)?.cancel_requested === true && index + 1 < payload.length) {
        updateRow(importQueueEntryTable, entryId, { state: 'error', processing_ended: nowIso(), error: 'run cancelled at user request' });
        return ok({ records: processed, rejected, resume: at, cancelled: true });
      }
    }
  }
  const done = { page, recordOffset: payload.length };
  updateRow(importQueueEntryTable, entryId, {
    state: 'processed',
    processing_ended: nowIso(),
    last_record_processed: nowIso(),
    records_processed: processed,
    records_rejected: rejected,
    resume_details: done,
    ...timings,
  });
  return ok({ records: processed, rejected, resume: done, cancelled: false });
}
