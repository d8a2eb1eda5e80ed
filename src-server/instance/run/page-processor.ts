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
import { assignRecords, emptyStageTimes, pageLookupKeys, planAssets, planItems, planRemediationTasks, roundStageTimes, scoreRecords, type StageTimes, type TaskPlan } from '../../../src-shared/pipeline/page-stages';
import type { AssetCriticality } from '../../../src-shared/rules/conditions';
import type { NormalizedRecord } from '../../../src-shared/rules/normalized';
import {
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
import { writeLog } from '../connector-log';
import { readPayload } from './entry-store';
import { createAssets, findAssetCandidates, findExistingItems, upsertItems, upsertTasks } from './finding-writer';

/** Rejections logged one by one per entry; the rest are summed up in one line (as on the Node host). */
const MAX_REJECTIONS_LOGGED = 20;

/**
 * Processes one import queue entry: normalise each record (core), filter by severity (core), then
 * each batch through the core's page stages exactly as the Node host does (CI lookup and creation,
 * VI plan with the status mapping, risk score, assignment group, one remediation task per plugin and
 * group for open findings), and beat between batches (core heartbeat policy) so the watchdog can
 * tell slow from stuck. A retry resumes at the record the last beat saved.
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
  const timings = emptyStageTimes();
  let processed = resumed ? (entry.records_processed ?? 0) : 0;
  let rejected = resumed ? (entry.records_rejected ?? 0) : 0;
  let rejectionsLogged = 0;
  let lastBeat = glide().nowMs();
  const sourceType = (entry.source_ref ?? '').indexOf('patched') >= 0 ? 'patched' : 'cumulative';
  const where = { connector: connector.sys_id, run: run.sys_id, page };
  // Batches of `record_threshold` raw records (as on the Node host): each batch is one pass of the
  // core's page stages, and the beat after it saves an offset that matches what is stored.
  let offset = Math.min(resume.recordOffset, payload.length);
  while (offset < payload.length) {
    const end = Math.min(payload.length, offset + rules.value.heartbeat.recordThreshold);
    const batch: NormalizedRecord[] = [];
    for (let index = offset; index < end; index += 1) {
      const outcome = normalizeRecord(platform, payload[index], `$[${index}]`, sourceType);
      if (!outcome.ok) {
        rejected += 1;
        if (rejectionsLogged < MAX_REJECTIONS_LOGGED) writeLog({ ...where, level: 'warn', stage: 'normalizing', event: 'record_rejected', message: `page ${page}: record rejected at ${outcome.path}: ${outcome.reason}` });
        rejectionsLogged += 1;
        continue;
      }
      processed += 1;
      if (matchesSeverityFilter(rules.value.severities, outcome.value.finding.severity)) batch.push(outcome.value);
    }
    writeBatch(where, platform, batch, rules.value, timings);
    const records = end - offset;
    offset = end;
    const now = glide().nowMs();
    // After the last batch the entry's final update below is the beat.
    if (offset >= payload.length || !shouldBeat({ recordsSinceBeat: records, msSinceBeat: now - lastBeat }, rules.value.heartbeat)) continue;
    lastBeat = now;
    const at = { page, recordOffset: offset };
    updateRow(importQueueEntryTable, entryId, { last_record_processed: nowIso(), records_processed: processed, records_rejected: rejected, resume_details: at, ...roundStageTimes(timings) });
    // Cancellation arrives with the heartbeat: stop here, keeping what was written.
    if (getRow(integrationRunTable, run.sys_id)?.cancel_requested === true) {
      updateRow(importQueueEntryTable, entryId, { state: 'error', processing_ended: nowIso(), error: 'run cancelled at user request' });
      return ok({ records: processed, rejected, resume: at, cancelled: true });
    }
  }
  if (rejectionsLogged > MAX_REJECTIONS_LOGGED) {
    writeLog({ ...where, level: 'warn', stage: 'normalizing', event: 'record_rejected', message: `page ${page}: ${rejectionsLogged - MAX_REJECTIONS_LOGGED} more records rejected (${rejectionsLogged} in all)` });
  }
  const done = { page, recordOffset: payload.length };
  updateRow(importQueueEntryTable, entryId, {
    state: 'processed',
    processing_ended: nowIso(),
    last_record_processed: nowIso(),
    records_processed: processed,
    records_rejected: rejected,
    resume_details: done,
    error: rejected > 0 ? `${rejected} record(s) rejected; see the connector log` : null,
    ...roundStageTimes(timings),
  });
  return ok({ records: processed, rejected, resume: done, cancelled: false });
}



/**
 * One batch through the core's page stages, in the Node host's order: CI lookup, VI plan, risk
 * rules, assignment rules, remediation task rules, then the item upserts; each stage timed for
 * the dashboard's processing health.
 */
function writeBatch(where: { connector: string; run: string }, platform: Platform, batch: readonly NormalizedRecord[], rules: EntryRules, times: StageTimes): void {
  if (batch.length === 0) return;
  let started = glide().nowMs();
  const candidates = findAssetCandidates(pageLookupKeys(batch));
  const plan = planAssets(batch, candidates);
  const createdIds = createAssets(plan.create.map((c) => c.asset));
  const assetIds = plan.refs.map((ref) => (ref.kind === 'existing' ? ref.id : (createdIds[ref.ref] ?? null)));
  const criticalityById = new Map(candidates.map((c) => [c.id, c.criticality]));
  const criticality = assetIds.map((id): AssetCriticality => (id === null ? 'medium' : (criticalityById.get(id) ?? 'medium')));
  times.ci_lookup_ms += glide().nowMs() - started;

  started = glide().nowMs();
  const existing = findExistingItems(where.connector, batch.map((r) => r.finding.dedupe_key));
  const items = planItems(batch, existing, rules.mapping);
  const planMs = glide().nowMs() - started;

  started = glide().nowMs();
  const scores = scoreRecords(batch, platform, criticality, rules.risk);
  times.risk_rules_ms += glide().nowMs() - started;

  started = glide().nowMs();
  const groups = assignRecords(batch, platform, criticality, rules.assignment, null);
  times.assignment_rules_ms += glide().nowMs() - started;

  started = glide().nowMs();
  const tasks = planRemediationTasks(batch.map((r) => r.finding), groups);
  const taskIds = upsertTasks(tasks.filter((t): t is TaskPlan => t !== null));
  times.remediation_task_rules_ms += glide().nowMs() - started;

  started = glide().nowMs();
  upsertItems(
    where.connector,
    where.run,
    existing,
    items.map((item, index) => {
      const task = tasks[index];
      return { write: item.write, asset: assetIds[index] ?? null, riskScore: scores[index] ?? 0, group: groups[index] ?? null, task: task ? (taskIds.get(task.group_key) ?? null) : null };
    }),
  );
  times.vi_creation_ms += glide().nowMs() - started + planMs;
}
