import { afterEach, describe, expect, it } from 'vitest';
import { initialRun, stepRun, type RunMachineState } from '../../src-shared/core/run-machine';
import { heartbeatWatchdog, MAX_ENTRY_ATTEMPTS } from '../../src-server/instance/scheduler/heartbeat-watchdog';
import { advanceRun } from '../../src-server/instance/run/run-engine';
import { glideOfIso } from '../../src-server/instance/glide/glide-codec';
import type { GlideDouble } from '../support/glide-double';
import { field, instanceDouble, seedConnection, seedConnector } from './support/instance-fixtures';
import { vmFinding } from './support/recorded-tenable';

let double: GlideDouble;
afterEach(() => double.uninstall());

const MIN = 60_000;

/** A run whose retrieval finished (one page fetched) and whose only entry is being processed. */
function runInProcessing(overrides: { attempts?: number; startedAgoMs: number; lastBeatAgoMs: number | null; connector?: Record<string, string | number | boolean | null> }) {
  const connector = seedConnector(double, seedConnection(double), overrides.connector ?? {});
  const ctx = { now: double.now - overrides.startedAgoMs - MIN };
  let machine: RunMachineState = initialRun();
  for (const event of [{ type: 'start' }, { type: 'page_fetched', records: 2 }, { type: 'retrieval_finished', cursorMayAdvance: true, cursorTo: 1_772_000_000 }] as const) {
    const step = stepRun(machine, event, ctx);
    if (!step.ok) throw new Error(step.error.message);
    machine = step.value.state;
  }
  const progress = { v: 1, kind: 'export', planner: null, machine, resumeAt: null, retrievalDone: true, connectorEvent: null, restApiMs: 0 };
  const run = double.insertRaw('x_eih_integration_run', { connector, number: 'EIHR0000001', state: 'processing', substate: 'none', attempt: 1, planner_state: JSON.stringify(progress) });
  const entry = double.insertRaw('x_eih_import_queue_entry', {
    run,
    connector,
    page_no: 1,
    state: 'processing',
    attempts: overrides.attempts ?? 1,
    records_total: 2,
    records_processed: 1,
    processing_started: glideOfIso(double.now - overrides.startedAgoMs),
    last_record_processed: overrides.lastBeatAgoMs === null ? null : glideOfIso(double.now - overrides.lastBeatAgoMs),
    resume_details: JSON.stringify({ page: 1, recordOffset: 1 }),
  });
  double.port.writeAttachment('x_eih_import_queue_entry', entry, 'payload.json', 'application/json', JSON.stringify([vmFinding('1'), vmFinding('22')]));
  return { connector, run, entry };
}

describe('the heartbeat watchdog', () => {
  it.each([
    ['within the time limit', 30 * MIN, 25 * MIN, 'ok'],
    ['past the limit, beating 5 min ago', 2 * 60 * MIN, 5 * MIN, 'long_but_beating'],
    ['past the limit, silent 20 min', 2 * 60 * MIN, 20 * MIN, 'stuck'],
    ['past the limit, never beat', 2 * 60 * MIN, null, 'stuck'],
  ] as const)('%s → %s', (_name, startedAgo, beatAgo, expected) => {
    double = instanceDouble();
    const { entry } = runInProcessing({ startedAgoMs: startedAgo, lastBeatAgoMs: beatAgo });
    expect(heartbeatWatchdog().verdicts[entry]).toBe(expected);
  });

  it('leaves a long but beating entry running and warns once', () => {
    double = instanceDouble();
    const { entry } = runInProcessing({ startedAgoMs: 2 * 60 * MIN, lastBeatAgoMs: 5 * MIN });
    heartbeatWatchdog();
    heartbeatWatchdog();
    expect(field(double, 'x_eih_import_queue_entry', entry, 'state')).toBe('processing');
    expect(double.rows('x_eih_connector_log').filter((l) => (l['message'] ?? '').includes('still beating'))).toHaveLength(1);
  });

  it('honours the connector override of the time limit', () => {
    double = instanceDouble();
    const { entry } = runInProcessing({ startedAgoMs: 2 * 60 * MIN, lastBeatAgoMs: 20 * MIN, connector: { time_limit_override: 3 * 3600 } });
    expect(heartbeatWatchdog().verdicts[entry]).toBe('ok');
  });

  it('re-queues a stuck entry, and the next pass resumes at the last beat and completes the run', () => {
    double = instanceDouble();
    const { run, entry, connector } = runInProcessing({ startedAgoMs: 2 * 60 * MIN, lastBeatAgoMs: 20 * MIN });
    const report = heartbeatWatchdog();
    expect(report.requeued).toEqual([entry]);
    expect(field(double, 'x_eih_import_queue_entry', entry, 'state')).toBe('queued');
    expect(field(double, 'x_eih_import_queue_entry', entry, 'error')).toMatch(/timed out .*resume at record 1/);

    expect(advanceRun(run)).toBe('complete');
    // Only the record after the last beat was processed again.
    expect(double.rows('x_eih_vulnerable_item').map((v) => v['dedupe_key'])).toEqual(['finding-22']);
    expect(field(double, 'x_eih_import_queue_entry', entry, 'records_processed')).toBe('2');
    expect(field(double, 'x_eih_import_queue_entry', entry, 'attempts')).toBe('2');
    expect(field(double, 'x_eih_integration_run', run, 'substate')).toBe('succeeded');
    expect(field(double, 'x_eih_connector', connector, 'status')).toBe('connected');
  });

  it(`fails the entry after ${MAX_ENTRY_ATTEMPTS} attempts, and the run fails once nothing else is open`, () => {
    double = instanceDouble();
    const { run, entry, connector } = runInProcessing({ startedAgoMs: 2 * 60 * MIN, lastBeatAgoMs: 20 * MIN, attempts: MAX_ENTRY_ATTEMPTS });
    expect(heartbeatWatchdog().failed).toEqual([entry]);
    expect(field(double, 'x_eih_import_queue_entry', entry, 'state')).toBe('timed_out');
    expect(advanceRun(run)).toBe('complete');
    expect(field(double, 'x_eih_integration_run', run, 'substate')).toBe('failed');
    expect(field(double, 'x_eih_integration_run', run, 'failure_message')).toMatch(/1 of 1 entries failed/);
    expect(field(double, 'x_eih_connector', connector, 'status')).toBe('retrying');
  });

  it('an invalid property falls back to the default with a warning', () => {
    double = instanceDouble();
    double.properties.set('x_eih.processing.time_limit', 'soon');
    const { entry } = runInProcessing({ startedAgoMs: 30 * MIN, lastBeatAgoMs: 25 * MIN });
    expect(heartbeatWatchdog().verdicts[entry]).toBe('ok');
    expect(double.logs.some((l) => l.level === 'warn' && l.message.includes("invalid value 'soon'"))).toBe(true);
  });
});
