import { afterEach, describe, expect, it } from 'vitest';
import { advanceRun } from '../../src-server/instance/run/run-engine';
import { applyConnectorEvent } from '../../src-server/instance/connector-lifecycle';
import { schedulerTick } from '../../src-server/instance/scheduler/scheduler-tick';
import { jsonReply, type GlideDouble } from '../support/glide-double';
import { field, instanceDouble, seedConnection, seedConnector } from './support/instance-fixtures';
import { EXPORT_UUID, exportStatus, replay, vmExportScript, vmFinding } from './support/recorded-tenable';

let double: GlideDouble;
afterEach(() => double.uninstall());

/** What the scheduled tick does once a minute: advance every active run one pass. */
function tickUntilComplete(runId: string, maxTicks = 20): number {
  for (let tick = 1; tick <= maxTicks; tick += 1) {
    const status = advanceRun(runId);
    if (status === 'complete') return tick;
    double.advance(60_000);
  }
  throw new Error(`run ${runId} did not complete in ${maxTicks} ticks`);
}

function execute(connector: string, fullImport = false): string {
  const outcome = applyConnectorEvent(connector, { type: 'execute' }, { fullImport });
  if (!outcome.ok || outcome.value.runId === null) throw new Error(`execute failed: ${JSON.stringify(outcome)}`);
  return outcome.value.runId;
}

describe('a full VM run over the export planner and a replayed RESTMessageV2', () => {
  it('imports every finding, completes succeeded, turns the connector green and advances the cursor', () => {
    double = instanceDouble();
    const connector = seedConnector(double, seedConnection(double), { severity_filter: 'low,medium,high,critical' });
    const script = replay(double, vmExportScript());
    const runId = execute(connector);

    const ticks = tickUntilComplete(runId);

    expect(script.unexpected).toEqual([]);
    expect(script.remaining()).toBe(0);
    expect(ticks).toBeGreaterThan(1); // the 2 s poll wait parked the run until a later tick
    expect(field(double, 'x_eih_integration_run', runId, 'state')).toBe('complete');
    expect(field(double, 'x_eih_integration_run', runId, 'substate')).toBe('succeeded');
    expect(field(double, 'x_eih_integration_run', runId, 'pages')).toBe('2');
    expect(field(double, 'x_eih_integration_run', runId, 'records_processed')).toBe('3');
    expect(field(double, 'x_eih_integration_run', runId, 'export_uuid')).toBe(EXPORT_UUID);
    // The export was requested at the run's start: that moment is the next delta cursor.
    const cursor = Number(field(double, 'x_eih_integration_run', runId, 'cursor_to'));
    expect(cursor).toBeGreaterThan(0);

    // The info finding is outside the connector's severity filter: 2 items, the FIXED one fixed.
    const items = double.rows('x_eih_vulnerable_item');
    expect(items.map((i) => i['dedupe_key']).sort()).toEqual(['finding-1', 'finding-333']);
    expect(items.find((i) => i['dedupe_key'] === 'finding-333')?.['local_status']).toBe('fixed');
    expect(items.find((i) => i['dedupe_key'] === 'finding-1')?.['local_status']).toBe('identified');
    expect(items.every((i) => i['asset'] !== null && i['last_run'] === runId)).toBe(true);
    expect(double.rows('x_eih_asset')).toHaveLength(2);

    // Pages were queued with attachment payloads and processed.
    const entries = double.rows('x_eih_import_queue_entry');
    expect(entries.map((e) => e['state'])).toEqual(['processed', 'processed']);
    expect(double.attachments.filter((a) => a.fileName === 'payload.json')).toHaveLength(2);

    // The completion rule: connector green, last run fields, cursor stored, daily metric rolled up.
    expect(field(double, 'x_eih_connector', connector, 'status')).toBe('connected');
    expect(field(double, 'x_eih_connector', connector, 'last_run')).toBe(runId);
    expect(field(double, 'x_eih_connector', connector, 'last_run_status')).toBe('succeeded');
    expect(field(double, 'x_eih_connector', connector, 'last_success_cursor')).toBe(String(cursor));
    const metrics = double.rows('x_eih_daily_metric');
    expect(metrics).toHaveLength(1);
    expect(metrics[0]?.['runs_succeeded']).toBe('1');
    expect(metrics[0]?.['records']).toBe('3');
  });

  it('sends the API keys and the delta cursor of the last success on the next run', () => {
    double = instanceDouble();
    const connector = seedConnector(double, seedConnection(double), { last_success_cursor: 1_772_000_000, status: 'connecting' });
    replay(double, vmExportScript());
    tickUntilComplete(execute(connector));
    const create = double.requests[0];
    expect(create?.headers['X-ApiKeys']).toBe('accessKey=AK;secretKey=SK;');
    expect(JSON.parse(create?.body ?? '{}').filters.since).toBe(1_772_000_000);
  });

  it('a full data import ignores the cursor', () => {
    double = instanceDouble();
    const connector = seedConnector(double, seedConnection(double), { last_success_cursor: 1_772_000_000 });
    replay(double, vmExportScript());
    tickUntilComplete(execute(connector, true));
    expect(JSON.parse(double.requests[0]?.body ?? '{}').filters.since).toBeUndefined();
  });

  it('a 401 fails the run at once, not retryable, and the never-synced connector turns failed', () => {
    double = instanceDouble();
    const connector = seedConnector(double, seedConnection(double));
    replay(double, [{ method: 'POST', path: '/vulns/export', reply: jsonReply(401, { statusCode: 401, error: 'Unauthorized', message: 'Invalid credentials.' }) }]);
    const runId = execute(connector);
    tickUntilComplete(runId);
    expect(field(double, 'x_eih_integration_run', runId, 'substate')).toBe('failed');
    expect(field(double, 'x_eih_integration_run', runId, 'failure_status_code')).toBe('401');
    expect(field(double, 'x_eih_integration_run', runId, 'failure_retryable')).toBe('0');
    expect(field(double, 'x_eih_connector', connector, 'status')).toBe('failed');
    expect(field(double, 'x_eih_connector', connector, 'last_run_status')).toBe('failed');
    expect(field(double, 'x_eih_connector', connector, 'last_success_cursor')).toBeNull();
  });

  it('an export that ends in ERROR fails retryable: the connector is retrying and the tick starts attempt 2', () => {
    double = instanceDouble();
    const connector = seedConnector(double, seedConnection(double), { status: 'connected', last_run_status: 'succeeded' });
    replay(double, [
      { method: 'POST', path: '/vulns/export', reply: jsonReply(200, { export_uuid: EXPORT_UUID }) },
      { method: 'GET', path: `/vulns/export/${EXPORT_UUID}/status`, reply: exportStatus('ERROR', []) },
    ]);
    const runId = execute(connector);
    tickUntilComplete(runId);
    expect(field(double, 'x_eih_integration_run', runId, 'failure_retryable')).toBe('1');
    expect(field(double, 'x_eih_connector', connector, 'status')).toBe('retrying');
    expect(field(double, 'x_eih_connector', connector, 'retry_attempt')).toBe('2');
    expect(field(double, 'x_eih_connector', connector, 'retry_at')).not.toBeNull();
    expect(schedulerTick({ budgetMs: 0 }).retried).toEqual([]); // not due yet
    replay(double, vmExportScript());
    double.advance(3_600_000);
    const report = schedulerTick();
    expect(report.retried).toEqual([connector]);
    for (let tick = 0; tick < 5; tick += 1) {
      double.advance(60_000);
      schedulerTick();
    }
    const retry = double.rows('x_eih_integration_run').find((r) => r['trigger'] === 'retry');
    expect(retry?.['attempt']).toBe('2');
    expect(retry?.['state']).toBe('complete');
    expect(field(double, 'x_eih_connector', connector, 'status')).toBe('connected');
    expect(field(double, 'x_eih_connector', connector, 'retry_at')).toBeNull();
  });

  it('a network failure on every request ends the run failed after the bounded retries', () => {
    double = instanceDouble();
    const connector = seedConnector(double, seedConnection(double));
    double.rest = () => ({ status: 0, body: '', headers: {}, errorMessage: 'java.net.UnknownHostException: cloud.tenable.example' });
    const runId = execute(connector);
    tickUntilComplete(runId, 200);
    expect(field(double, 'x_eih_integration_run', runId, 'substate')).toBe('failed');
    expect(double.requests.length).toBeGreaterThan(1);
  });

  it('cancel stops the run at its next heartbeat and cancels the export on Tenable', () => {
    double = instanceDouble();
    const connector = seedConnector(double, seedConnection(double));
    const script = replay(double, [
      { method: 'POST', path: '/vulns/export', reply: jsonReply(200, { export_uuid: EXPORT_UUID }) },
      { method: 'GET', path: `/vulns/export/${EXPORT_UUID}/status`, reply: exportStatus('PROCESSING', [1]) },
      { method: 'GET', path: `/vulns/export/${EXPORT_UUID}/chunks/1`, reply: jsonReply(200, [vmFinding('1')]) },
      { method: 'GET', path: `/vulns/export/${EXPORT_UUID}/status`, reply: exportStatus('PROCESSING', [1]) },
      { method: 'POST', path: `/vulns/export/${EXPORT_UUID}/cancel`, reply: jsonReply(200, { status: 'CANCELLED' }) },
    ]);
    const runId = execute(connector);
    expect(advanceRun(runId)).toBe('parked');
    double.advance(60_000);
    expect(advanceRun(runId)).toBe('parked');
    const cancelled = applyConnectorEvent(connector, { type: 'disable' });
    expect(cancelled.ok).toBe(true);
    double.advance(60_000);
    expect(advanceRun(runId)).toBe('complete');
    expect(script.unexpected).toEqual([]);
    expect(script.remaining()).toBe(0);
    expect(field(double, 'x_eih_integration_run', runId, 'substate')).toBe('cancelled');
    expect(field(double, 'x_eih_connector', connector, 'status')).toBe('disabled');
  });

  it('a second trigger while a run is active is skipped and logged', () => {
    double = instanceDouble();
    const connector = seedConnector(double, seedConnection(double));
    execute(connector);
    const second = applyConnectorEvent(connector, { type: 'execute' });
    expect(second.ok && second.value.runId).toBeNull();
    expect(second.ok && second.value.skipped).toMatch(/skipped: run 'EIHR0000001' is still 'queued'/);
    expect(double.rows('x_eih_integration_run')).toHaveLength(1);
    expect(double.rows('x_eih_connector_log').some((l) => (l['message'] ?? '').includes('skipped'))).toBe(true);
  });
});

describe('several export chunks in flight on the synchronous instance', () => {
  const chunkPath = (id: number) => `/vulns/export/${EXPORT_UUID}/chunks/${id}`;
  const chunk = (id: number) => ({ method: 'GET', path: chunkPath(id), reply: jsonReply(200, [vmFinding(String(id * 100))]) });
  const opening = [
    { method: 'POST', path: '/vulns/export', reply: jsonReply(200, { export_uuid: EXPORT_UUID }) },
    { method: 'GET', path: `/vulns/export/${EXPORT_UUID}/status`, reply: exportStatus('FINISHED', [1, 2, 3, 4]) },
  ];
  const pagesOf = () => double.rows('x_eih_import_queue_entry').map((e) => [e['page_no'], e['source_ref']]).sort((a, b) => Number(a[0]) - Number(b[0]));
  const allPages = [1, 2, 3, 4].map((id) => [String(id), `${EXPORT_UUID}/chunk/${id}`]);

  /** Replays the export with `chunks` after the opening, lets `advance` drive it, and checks every page was imported once. */
  function expectEveryPageImported(chunks: ReturnType<typeof chunk>[], advance: (runId: string) => void): void {
    double = instanceDouble();
    const connector = seedConnector(double, seedConnection(double));
    const script = replay(double, [...opening, ...chunks]);
    const runId = execute(connector);
    advance(runId);
    expect(script.unexpected).toEqual([]);
    expect(script.remaining()).toBe(0);
    expect(field(double, 'x_eih_integration_run', runId, 'substate')).toBe('succeeded');
    expect(pagesOf()).toEqual(allPages);
    expect(double.rows('x_eih_vulnerable_item')).toHaveLength(4);
  }

  it('performs the chunk downloads of one step one after another and imports every page', () => {
    expectEveryPageImported([chunk(1), chunk(2), chunk(3), chunk(4)], tickUntilComplete);
  });

  it('a chunk failing while others are in flight parks the run only once they are saved, then is fetched again', () => {
    const busy = { method: 'GET', path: chunkPath(2), reply: jsonReply(503, 'busy') };
    expectEveryPageImported([chunk(1), busy, chunk(3), chunk(4), chunk(2)], tickUntilComplete);
  });

  it('a pass that yields with downloads outstanding resumes them: same pages, no duplicates', () => {
    // Pass 2 downloads chunks 1-4 but yields after chunk 1's answer: 2, 3 and 4 are asked again.
    expectEveryPageImported([chunk(1), chunk(2), chunk(3), chunk(4), chunk(2), chunk(3), chunk(4)], (runId) => {
      expect(advanceRun(runId, { maxSteps: 3 })).toBe('parked');
      double.advance(60_000);
      expect(advanceRun(runId, { maxSteps: 3 })).toBe('yielded');
      tickUntilComplete(runId);
    });
  });
});

describe('a full Security Center run over the analysis planner', () => {
  it('saves each analysis page as a queue entry, marks the patched pass FIXED, and succeeds', () => {
    double = instanceDouble();
    const conn = seedConnection(double, { platform: 'tenable_sc', base_url: 'https://sc.example' });
    const connector = seedConnector(double, conn);
    const finding = (ip: string) => ({
      pluginID: '10107', pluginName: 'HTTP Server Type and Version', severity: { id: '2', name: 'Medium' }, ip, dnsName: `host-${ip}.example`,
      port: '443', protocol: 'TCP', firstSeen: '1772000000', lastSeen: '1772400000', repository: { id: '1', name: 'Repo' }, uuid: '', hostUUID: '',
    });
    const page = (results: unknown[]) => jsonReply(200, { error_code: 0, response: { totalRecords: String(results.length), returnedRecords: results.length, results } });
    const bodies: unknown[] = [];
    replay(double, [
      { method: 'POST', path: '/rest/analysis', reply: (request) => (bodies.push(JSON.parse(request.body ?? '{}')), page([finding('10.0.0.1'), finding('10.0.0.2')])) },
      { method: 'POST', path: '/rest/analysis', reply: (request) => (bodies.push(JSON.parse(request.body ?? '{}')), page([finding('10.0.0.3')])) },
    ]);
    const runId = execute(connector);
    tickUntilComplete(runId);
    expect(double.requests[0]?.headers['x-apikey']).toBe('accesskey=AK; secretkey=SK;');
    expect(bodies.map((b) => (b as { sourceType: string }).sourceType)).toEqual(['cumulative', 'patched']);
    expect(field(double, 'x_eih_integration_run', runId, 'substate')).toBe('succeeded');
    expect(double.rows('x_eih_import_queue_entry').map((e) => e['source_ref'])).toEqual(['cumulative/0', 'patched/0']);
    const items = double.rows('x_eih_vulnerable_item');
    expect(items).toHaveLength(3);
    expect(items.filter((i) => i['remote_state'] === 'FIXED')).toHaveLength(1);
    expect(field(double, 'x_eih_connector', connector, 'status')).toBe('connected');
  });
});

describe('re-running imports idempotently', () => {
  it('a second run upserts the same findings (no duplicates), reuses assets and keeps a local edit while Tenable reports the same state', () => {
    double = instanceDouble();
    const connector = seedConnector(double, seedConnection(double));
    replay(double, vmExportScript());
    tickUntilComplete(execute(connector));
    const first = double.rows('x_eih_vulnerable_item').find((i) => i['dedupe_key'] === 'finding-1');
    const edited = double.record('x_eih_vulnerable_item');
    edited.get(first?.['sys_id'] ?? '');
    edited.setValue('local_status', 'in_progress');
    edited.update();

    replay(double, vmExportScript());
    double.advance(3_600_000);
    tickUntilComplete(execute(connector));

    const items = double.rows('x_eih_vulnerable_item');
    expect(items).toHaveLength(3);
    expect(double.rows('x_eih_asset')).toHaveLength(3);
    expect(items.find((i) => i['dedupe_key'] === 'finding-1')?.['local_status']).toBe('in_progress');
    expect(double.rows('x_eih_daily_metric')[0]?.['runs_succeeded']).toBe('2');
  });
});
