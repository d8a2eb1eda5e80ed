/**
 * Seeds a SQLite store with a dashboard-sized history, fast: prepared inserts in one transaction
 * per table through a second connection to the same file. Runs, queue entries and vulnerable items
 * are spread over the last 30 days and over the connectors, and the daily metric rows match them
 * (as the run service's roll-up would have written them). The daily latency rows are built by the
 * roll-up's own pure functions (dailyLatencyDelta per run, merged; dailyLatencyTotal per day), so
 * the ingestion route reads exactly what completed runs would have left.
 */
import Database from 'better-sqlite3';
import { newSysId } from '../src-server/node/store/sys-id';
import { latencyColumnsOf, type DailyLatencyColumns } from '../src-shared/metrics/daily-latency-rows';
import type { IngestionMetric } from '../src-shared/metrics/drill-down';
import { mergeHistograms, type LatencyHistogram } from '../src-shared/metrics/latency-histogram';
import { dailyLatencyDelta, dailyLatencyTotal } from '../src-shared/metrics/latency-rollup';
import type { EntryForRollup } from '../src-shared/metrics/rollup';
import { seededRandom } from '../src-shared/core/context';
import { connectionTable, connectorTable, dailyLatencyTable, dailyLatencyTotalTable, dailyMetricTable, importQueueEntryTable, integrationRunTable, vulnerableItemTable } from '../src-shared/model/tables';

export interface DashboardSizes {
  readonly connectors: number;
  readonly runs: number;
  readonly entries: number;
  readonly items: number;
  readonly days: number;
}

export const ISSUE_DASHBOARD_SIZES: DashboardSizes = { connectors: 50, runs: 100_000, entries: 1_000_000, items: 1_000_000, days: 30 };

const DAY_MS = 24 * 60 * 60_000;
const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
const REMOTE = ['OPEN', 'REOPENED', 'FIXED'] as const;
const LOCAL = { OPEN: 'identified', REOPENED: 'reopened', FIXED: 'fixed' } as const;
const SCHEDULES = [
  { schedule_run: 'daily', schedule_time: '02:00', schedule_day: null },
  { schedule_run: 'weekly', schedule_time: '03:30', schedule_day: 'monday' },
  { schedule_run: 'on_demand', schedule_time: '02:00', schedule_day: null },
] as const;

const iso = (ms: number) => new Date(ms).toISOString();

type Value = string | number | null;

function inserter(db: Database.Database, table: string, columns: readonly string[]) {
  const statement = db.prepare(`insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`);
  return (values: readonly Value[]) => statement.run(values as Value[]);
}

interface DayTotals {
  runs_succeeded: number;
  runs_failed: number;
  entries: number;
  records: number;
  rest_api_ms: number;
  queue_wait_ms: number;
  queue_processing_ms: number;
  ci_lookup_ms: number;
  vi_creation_ms: number;
  risk_rules_ms: number;
  assignment_rules_ms: number;
  remediation_task_rules_ms: number;
}

export interface SeededHistory {
  readonly connectorIds: readonly string[];
  readonly seconds: number;
}

/** Fills `file` (an already migrated store) with the history; `now` ends the last day. */
export function seedDashboardHistory(file: string, sizes: DashboardSizes, now: number): SeededHistory {
  const started = performance.now();
  const random = seededRandom(42);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const stamp = iso(now);
  const base = ['sys_id', 'sys_created_on', 'sys_updated_on'];
  const connectorIds: string[] = [];
  const runIds: { id: string; connector: number; ended: number; failed: boolean; rest: number }[] = [];
  const totals = new Map<string, DayTotals>();
  const dayTotals = (connector: number, ms: number): DayTotals => {
    const key = `${connector}|${iso(ms).slice(0, 10)}`;
    let found = totals.get(key);
    if (!found) {
      found = { runs_succeeded: 0, runs_failed: 0, entries: 0, records: 0, rest_api_ms: 0, queue_wait_ms: 0, queue_processing_ms: 0, ci_lookup_ms: 0, vi_creation_ms: 0, risk_rules_ms: 0, assignment_rules_ms: 0, remediation_task_rules_ms: 0 };
      totals.set(key, found);
    }
    return found;
  };

  db.transaction(() => {
    const connection = newSysId();
    inserter(db, connectionTable.name, [...base, 'name', 'platform', 'base_url'])([connection, stamp, stamp, 'bench connection', 'tenable_vm', 'https://cloud.tenable.com']);
    const addConnector = inserter(db, connectorTable.name, [...base, 'name', 'connection', 'status', 'health', 'schedule_run', 'schedule_time', 'schedule_day', 'last_run_status', 'last_success_at', 'notes']);
    for (let c = 0; c < sizes.connectors; c++) {
      const id = newSysId();
      connectorIds.push(id);
      const schedule = SCHEDULES[c % SCHEDULES.length] as (typeof SCHEDULES)[number];
      const failed = c % 7 === 3;
      addConnector([id, stamp, stamp, `Connector ${String(c + 1).padStart(2, '0')}`, connection, failed ? 'failed' : 'connected', failed ? 'unhealthy' : 'healthy', schedule.schedule_run, schedule.schedule_time, schedule.schedule_day, failed ? 'failed' : 'succeeded', stamp, c % 5 === 0 ? 'Business unit EMEA' : null]);
    }
  })();

  db.transaction(() => {
    const add = inserter(db, integrationRunTable.name, [...base, 'number', 'connector', 'state', 'substate', 'full_import', 'trigger', 'started', 'ended', 'pages', 'records_fetched', 'records_processed', 'entries_processed', 'rest_api_ms', 'queue_wait_ms', 'queue_processing_ms', 'ci_lookup_ms', 'vi_creation_ms', 'risk_rules_ms', 'assignment_rules_ms', 'remediation_task_rules_ms', 'failure_stage', 'failure_message']);
    const entriesPerRun = sizes.entries / sizes.runs;
    for (let r = 0; r < sizes.runs; r++) {
      const connector = r % sizes.connectors;
      const startedAt = now - Math.floor(random() * sizes.days * DAY_MS);
      const duration = 30_000 + Math.floor(random() * 600_000);
      const ended = Math.min(now - 1, startedAt + duration);
      const failed = random() < 0.08;
      const entries = Math.round(entriesPerRun);
      const records = entries * 1000;
      const rest = 2000 + Math.floor(random() * 20_000);
      const wait = entries * Math.floor(random() * 4000);
      const processing = entries * (5000 + Math.floor(random() * 10_000));
      const id = newSysId();
      runIds.push({ id, connector, ended, failed, rest });
      add([id, iso(startedAt), iso(ended), `RUN${id.slice(0, 8).toUpperCase()}`, connectorIds[connector] as string, 'complete', failed ? 'failed' : 'succeeded', r % 30 === 0 ? 1 : 0, 'schedule', iso(startedAt), iso(ended), entries, records, records, entries, rest, wait, processing, processing * 0.2, processing * 0.5, processing * 0.05, processing * 0.05, processing * 0.1, failed ? 'fetching' : null, failed ? 'Tenable answered 503' : null]);
      const day = dayTotals(connector, ended);
      if (failed) day.runs_failed++;
      else day.runs_succeeded++;
      day.entries += entries;
      day.records += records;
      day.rest_api_ms += rest;
      day.queue_wait_ms += wait;
      day.queue_processing_ms += processing;
      day.ci_lookup_ms += Math.round(processing * 0.2);
      day.vi_creation_ms += Math.round(processing * 0.5);
      day.risk_rules_ms += Math.round(processing * 0.05);
      day.assignment_rules_ms += Math.round(processing * 0.05);
      day.remediation_task_rules_ms += Math.round(processing * 0.1);
    }
  })();

  const latency = new Map<string, { connector: string; day: string; metric: IngestionMetric; histogram: LatencyHistogram }>();
  db.transaction(() => {
    const add = inserter(db, importQueueEntryTable.name, [...base, 'run', 'connector', 'page_no', 'source_ref', 'payload', 'payload_pruned', 'state', 'attempts', 'queued_at', 'processing_started', 'processing_ended', 'last_record_processed', 'records_total', 'records_processed', 'vi_creation_ms', 'ci_lookup_ms']);
    // Run by run, so each run's entries can be rolled up as its completion would (entries spread
    // as before: every run gets entries / runs pages, the first entries % runs one more).
    const perRun = Math.floor(sizes.entries / runIds.length);
    const extra = sizes.entries % runIds.length;
    runIds.forEach((run, r) => {
      const connector = connectorIds[run.connector] as string;
      const entries: EntryForRollup[] = [];
      for (let page = 1; page <= perRun + (r < extra ? 1 : 0); page++) {
        const ended = run.ended - Math.floor(random() * 20_000);
        const startedAt = ended - 5000 - Math.floor(random() * 10_000);
        const queued = startedAt - Math.floor(random() * 4000);
        add([newSysId(), iso(queued), iso(ended), run.id, connector, page, `chunk ${page}`, null, 1, 'processed', 1, iso(queued), iso(startedAt), iso(ended), iso(ended), 1000, 1000, 700, 300]);
        entries.push({ run: run.id, queued_at: iso(queued), processing_started: iso(startedAt), processing_ended: iso(ended) });
      }
      const deltas = dailyLatencyDelta({ sys_id: run.id, connector, state: 'complete', substate: run.failed ? 'failed' : 'succeeded', ended: iso(run.ended), rest_api_ms: run.rest }, entries);
      if (!deltas.ok) throw new Error(deltas.error.message);
      for (const delta of deltas.value) {
        const key = `${delta.connector}|${delta.day}|${delta.metric}`;
        const found = latency.get(key);
        latency.set(key, found === undefined ? delta : { ...found, histogram: mergeHistograms(found.histogram, delta.histogram) });
      }
    });
  })();

  db.transaction(() => {
    const add = inserter(db, vulnerableItemTable.name, [...base, 'dedupe_key', 'connector', 'asset', 'source_finding_id', 'plugin_id', 'plugin_name', 'severity', 'remote_state', 'local_status', 'first_found', 'last_found', 'port', 'protocol', 'risk_score', 'last_run']);
    for (let i = 0; i < sizes.items; i++) {
      const connector = i % sizes.connectors;
      const remote = REMOTE[Math.floor(random() * 3)] as (typeof REMOTE)[number];
      const found = now - Math.floor(random() * sizes.days * DAY_MS);
      const plugin = 10_000 + Math.floor(random() * 5000);
      const run = runIds[i % runIds.length] as { id: string };
      add([newSysId(), iso(found), iso(found), `asset-${i % 20_000}:${plugin}:${i}`, connectorIds[connector] as string, null, newSysId(), String(plugin), `Plugin ${plugin}`, SEVERITIES[Math.floor(random() * 5)] as string, remote, LOCAL[remote], iso(found - 7 * DAY_MS), iso(found), 443, 'tcp', Math.round(random() * 1000) / 10, run.id]);
    }
  })();

  db.transaction(() => {
    const columns = ['runs_succeeded', 'runs_failed', 'entries', 'records', 'rest_api_ms', 'queue_wait_ms', 'queue_processing_ms', 'ci_lookup_ms', 'vi_creation_ms', 'risk_rules_ms', 'assignment_rules_ms', 'remediation_task_rules_ms'] as const;
    const add = inserter(db, dailyMetricTable.name, [...base, 'connector', 'day', ...columns]);
    for (const [key, day] of totals) {
      const [connector, dayKey] = key.split('|') as [string, string];
      add([newSysId(), stamp, stamp, connectorIds[Number(connector)] as string, dayKey, ...columns.map((column) => Math.round(day[column]))]);
    }
  })();

  db.transaction(() => {
    const add = inserter(db, dailyLatencyTable.name, [...base, 'connector', 'day', 'metric', 'samples', 'total_ms', 'min_ms', 'max_ms', 'buckets']);
    const addTotal = inserter(db, dailyLatencyTotalTable.name, [...base, 'day', 'metric', 'samples', 'total_ms', 'min_ms', 'max_ms', 'buckets']);
    const perDay = new Map<string, { key: { day: string; metric: IngestionMetric }; rows: DailyLatencyColumns[] }>();
    for (const { connector, day, metric, histogram } of latency.values()) {
      const row = latencyColumnsOf({ connector, day, metric }, histogram);
      add([newSysId(), stamp, stamp, row.connector, row.day, row.metric, row.samples, row.total_ms, row.min_ms, row.max_ms, row.buckets]);
      const group = perDay.get(`${day}|${metric}`) ?? { key: { day, metric }, rows: [] };
      group.rows.push(row);
      perDay.set(`${day}|${metric}`, group);
    }
    // The all-connectors rows, recomputed from the connector rows as the hosts do.
    for (const { key, rows } of perDay.values()) {
      const total = dailyLatencyTotal(key, rows);
      addTotal([newSysId(), stamp, stamp, total.day, total.metric, total.samples, total.total_ms, total.min_ms, total.max_ms, total.buckets]);
    }
  })();
  db.close();
  return { connectorIds, seconds: (performance.now() - started) / 1000 };
}
