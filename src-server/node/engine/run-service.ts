/**
 * Runs through the core's run machine: every state change is a step of `stepRun`, stored by
 * writing only the columns it changed, and its commands (logs, connector events, the delta
 * cursor, alerts) are carried out here. A run's status therefore always matches its work.
 */
import { sql } from 'kysely';
import { decideRetry, DEFAULT_RETRY_POLICY, withOverrides } from '../../../src-shared/core/retry-policy';
import { canStartRun } from '../../../src-shared/core/connector-lifecycle-machine';
import { decideTrigger, initialRun, stepRun, type RunCommand, type RunEvent } from '../../../src-shared/core/run-machine';
import { fail, ok, type Result } from '../../../src-shared/core/result';
import { applyDailyMetricDelta, dailyMetricDelta } from '../../../src-shared/metrics/rollup';
import { connectorTable, dailyMetricTable, importQueueEntryTable, integrationRunTable } from '../../../src-shared/model/tables';
import type { ConnectorStatus, RunTrigger } from '../../../src-shared/model/vocabulary';
import type { Row } from '../store/record-codec';
import { applyConnectorEvent, type ConnectorEffects } from './connector-events';
import { writeLog } from './connector-log';
import { addRunLatency } from './daily-latency-store';
import { isoNow, type EngineDeps } from './engine-deps';
import type { QueueStore } from './queue-store';
import { changedColumns, runColumnsOf, runStateOf } from './run-record';

export interface RunServiceHooks {
  /** A run was queued: the coordinator should pick it up. */
  onRunQueued(runId: string): void;
  /** A run moved: SSE listeners may want a fresh snapshot. */
  onRunChanged(runId: string): void;
}

export class RunService {
  constructor(
    private readonly deps: EngineDeps,
    private readonly queue: QueueStore,
    private readonly hooks: RunServiceHooks,
    private readonly effects: () => ConnectorEffects,
  ) {}

  private readonly starting = new Map<string, Promise<unknown>>();

  /**
   * Starts a run unless one is active (then the trigger is skipped and the skip is logged).
   * Starts of one connector are serialised: the check for an active run and the insert are two
   * statements, and Execute Now racing the scheduler must not slip two runs in between.
   */
  startRun(connectorId: string, trigger: RunTrigger, fullImport = false): Promise<Result<Row>> {
    const previous = this.starting.get(connectorId) ?? Promise.resolve();
    const next = previous.then(() => this.startRunNow(connectorId, trigger, fullImport));
    const settled = next.catch(() => undefined);
    this.starting.set(connectorId, settled);
    void settled.then(() => {
      if (this.starting.get(connectorId) === settled) this.starting.delete(connectorId);
    });
    return next;
  }

  private async startRunNow(connectorId: string, trigger: RunTrigger, fullImport: boolean): Promise<Result<Row>> {
    const { deps } = this;
    const connector = await deps.records.get(connectorTable, connectorId);
    if (!connector) return fail('not_found', `no connector with sys_id '${connectorId}'`, 404);
    if (!canStartRun(connector.status as ConnectorStatus) || connector.active === false) {
      return fail('illegal_transition', `connector in state '${String(connector.status)}' cannot start a run (trigger '${trigger}')`, 409);
    }
    const active = await deps.records.findBy(integrationRunTable, { connector: connectorId });
    const decision = decideTrigger(
      active.filter((run) => run.state !== 'complete').map((run) => ({ number: run.number as string, state: run.state as never })),
      trigger,
    );
    if (decision.decision === 'skip') {
      await writeLog(deps, { connector: connectorId, level: decision.command.level, stage: 'initiating', message: decision.reason, event: 'alert' });
      return fail('run_active', decision.reason, 409);
    }
    const now = isoNow(deps);
    const state = initialRun();
    const hasCursor = connector.last_success_cursor !== null && connector.last_success_cursor !== undefined;
    const run = await deps.records.insert(
      integrationRunTable,
      { ...runColumnsOf(state), number: null, connector: connectorId, trigger, full_import: fullImport || !hasCursor, cursor_from: fullImport || !hasCursor ? null : connector.last_success_cursor, attempt: Number(connector.retry_attempt ?? 0) + 1 },
      now,
    );
    const number = `RUN${String(run.sys_id).slice(0, 8).toUpperCase()}`;
    await deps.records.update(integrationRunTable, String(run.sys_id), { number }, now);
    await deps.records.update(connectorTable, connectorId, { last_run: run.sys_id, retry_at: null, last_fired_at: trigger === 'schedule' || trigger === 'catch_up' ? now : connector.last_fired_at }, now);
    await writeLog(deps, { connector: connectorId, run: String(run.sys_id), level: 'info', stage: 'initiating', message: `run ${number} queued (trigger '${trigger}', ${fullImport || !hasCursor ? 'full import' : 'delta since last success'})`, event: 'start' });
    this.hooks.onRunQueued(String(run.sys_id));
    return ok({ ...run, number });
  }

  private readonly chains = new Map<string, Promise<unknown>>();

  /**
   * One step of the run machine, stored and carried out. Steps of one run are serialised in this
   * process (the retrieval loop, workers and the tick all feed events), so a completion can never
   * be applied twice. An illegal event returns its failure.
   */
  apply(runId: string, event: RunEvent): Promise<Result<Row>> {
    const previous = this.chains.get(runId) ?? Promise.resolve();
    const next = previous.then(() => this.applyNow(runId, event));
    const settled = next.catch(() => undefined);
    this.chains.set(runId, settled);
    void settled.then(() => {
      if (this.chains.get(runId) === settled) this.chains.delete(runId);
    });
    return next;
  }

  private async applyNow(runId: string, event: RunEvent): Promise<Result<Row>> {
    const { deps } = this;
    const record = await deps.records.get(integrationRunTable, runId);
    if (!record) return fail('not_found', `no run with sys_id '${runId}'`, 404);
    const before = runStateOf(record);
    const stepped = stepRun(before, event, { now: deps.clock() });
    if (!stepped.ok) return stepped;
    const patch = changedColumns(before, stepped.value.state);
    const completing = stepped.value.state.state === 'complete' && before.state !== 'complete';
    let updated: Row = { ...record, ...patch };
    // A completing run is written last: whoever sees it complete also sees the connector's new
    // status, cursor and last-run fields (no moment where the two disagree).
    if (!completing && Object.keys(patch).length > 0) updated = (await deps.records.update(integrationRunTable, runId, patch, isoNow(deps))) ?? updated;
    for (const command of stepped.value.commands) await this.carryOut(updated, command);
    if (completing) {
      await this.afterCompletion(updated);
      updated = (await deps.records.update(integrationRunTable, runId, patch, isoNow(deps))) ?? updated;
    }
    this.hooks.onRunChanged(runId);
    return ok(updated);
  }

  private async carryOut(run: Row, command: RunCommand): Promise<void> {
    const { deps } = this;
    const connectorId = String(run.connector);
    const runId = String(run.sys_id);
    switch (command.kind) {
      case 'log':
        await writeLog(deps, {
          connector: connectorId,
          run: runId,
          level: command.level,
          stage: command.stage,
          message: command.message,
          event: command.event,
          statusCode: command.level === 'error' ? (run.failure_status_code as number | null) : null,
          retryable: command.level === 'error' ? run.failure_retryable === true : false,
        });
        return;
      case 'alert':
        await writeLog(deps, { connector: connectorId, run: runId, level: command.severity === 'error' ? 'error' : 'warn', stage: command.stage, message: `alert: ${command.message}`, event: 'alert', statusCode: run.failure_status_code as number | null, retryable: run.failure_retryable === true });
        return;
      case 'advance_cursor':
        await deps.records.update(connectorTable, connectorId, { last_success_cursor: command.to }, isoNow(deps));
        return;
      case 'update_connector': {
        const result = await applyConnectorEvent(deps, this.effects(), connectorId, command.event);
        if (!result.ok) deps.logger.warn({ connector: connectorId, event: command.event }, result.error.message);
        if (command.event.type === 'run_failed' && command.event.retryable) await this.scheduleRetry(connectorId);
        return;
      }
      case 'save_checkpoint':
      case 'stop_work':
        // Workers see cancellation at their next beat; checkpoints live on the entries.
        return;
    }
  }

  /** A retryable failure: schedule the next attempt with backoff, or give up past the limit. */
  private async scheduleRetry(connectorId: string): Promise<void> {
    const { deps } = this;
    const connector = await deps.records.get(connectorTable, connectorId);
    if (!connector || connector.status !== 'retrying') return;
    const attempt = Number(connector.retry_attempt ?? 0) + 1;
    const policy = withOverrides(DEFAULT_RETRY_POLICY, connector.max_attempts_override ? { maxRunAttempts: Number(connector.max_attempts_override) } : {});
    const decision = decideRetry(policy.ok ? policy.value : DEFAULT_RETRY_POLICY, { kind: 'run', retryable: true }, attempt, { now: deps.clock(), seed: attempt });
    if (!decision.retry) {
      await applyConnectorEvent(deps, this.effects(), connectorId, { type: 'retries_exhausted' });
      await deps.records.update(connectorTable, connectorId, { retry_attempt: 0, retry_at: null }, isoNow(deps));
      return;
    }
    const at = new Date(deps.clock() + decision.delayMs).toISOString();
    await deps.records.update(connectorTable, connectorId, { retry_attempt: attempt, retry_at: at }, isoNow(deps));
    await writeLog(deps, { connector: connectorId, level: 'info', stage: 'initiating', message: `retry ${attempt} scheduled at ${at}`, event: 'retry_scheduled' });
  }

  /** Connector's last-run fields, the daily rollups, and no entry left waiting for a dead run. */
  private async afterCompletion(run: Row): Promise<void> {
    const { deps } = this;
    const runId = String(run.sys_id);
    const connectorId = String(run.connector);
    const now = isoNow(deps);
    await this.queue.closeOpenEntries(runId, `run ended ${String(run.substate)}`, now);
    const patch: Row = { last_run: runId, last_run_status: run.substate };
    // A run that talked to Tenable is the freshest evidence of the credentials: a success makes
    // the connector healthy, a rejected key (401/403) unhealthy; other failures say nothing of it.
    if (run.substate === 'succeeded') Object.assign(patch, { last_success_at: run.ended, retry_attempt: 0, retry_at: null, health: 'healthy' });
    const status = Number(run.failure_status_code);
    if (run.substate === 'failed' && (status === 401 || status === 403)) Object.assign(patch, { health: 'unhealthy' });
    await deps.records.update(connectorTable, connectorId, patch, now);
    await recountRemediationTasks(deps);
    // Never read the page payloads here: at a million findings they are gigabytes.
    const entries = await deps.records.findBy(importQueueEntryTable, { run: runId }, ['payload', 'resume_details']);
    await this.rollUpDailyMetric(run, entries, now);
    // The latency histograms, like the daily metric: once, at the completing step.
    await addRunLatency(deps, run, entries, now);
  }

  private async rollUpDailyMetric(run: Row, entries: readonly Row[], now: string): Promise<void> {
    const { deps } = this;
    const delta = dailyMetricDelta(run as never, entries as never);
    if (!delta.ok) {
      deps.logger.warn({ run: run.sys_id }, `daily metric not updated: ${delta.error.message}`);
      return;
    }
    const [existing] = await deps.records.findBy(dailyMetricTable, { connector: delta.value.connector, day: delta.value.day });
    const next = applyDailyMetricDelta((existing ?? null) as never, delta.value) as unknown as Row;
    if (existing) await deps.records.update(dailyMetricTable, String(existing.sys_id), strip(next), now);
    else await deps.records.insert(dailyMetricTable, strip(next), now);
  }
}

function strip(row: Row): Row {
  const { sys_id: _id, sys_created_on: _c, sys_updated_on: _u, ...rest } = row;
  return rest;
}

/** Each remediation task counts its open vulnerable items (fixed ones no longer need work). */
async function recountRemediationTasks(deps: EngineDeps): Promise<void> {
  await sql`
    update x_eih_remediation_task set item_count = (
      select count(*) from x_eih_vulnerable_item vi
      where vi.remediation_task = x_eih_remediation_task.sys_id and vi.remote_state <> 'FIXED'
    )`.execute(deps.records.db);
}
