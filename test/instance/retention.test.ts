import { afterEach, describe, expect, it } from 'vitest';
import { runRetention } from '../../src-server/instance/entry/scheduled-jobs';
import { glideOfIso } from '../../src-server/instance/glide/glide-codec';
import { MAX_PAYLOADS_PER_PASS, pruneRetention } from '../../src-server/instance/scheduler/retention-pruner';
import type { GlideDouble } from '../support/glide-double';
import { field, instanceDouble, seedConnection, seedConnector } from './support/instance-fixtures';

let double: GlideDouble;
afterEach(() => double.uninstall());

const DAY = 24 * 60 * 60_000;

function logAged(connector: string, ageMs: number, message: string): string {
  return double.insertRaw('x_eih_connector_log', { connector, level: 'info', stage: 'fetching', event: 'test', message, created: glideOfIso(double.now - ageMs) });
}

function entryAged(connector: string, state: string, endedAgoMs: number | null, pageNo: number): string {
  const id = double.insertRaw('x_eih_import_queue_entry', {
    connector,
    run: 'run-1',
    page_no: pageNo,
    state,
    payload_pruned: false,
    processing_ended: endedAgoMs === null ? null : glideOfIso(double.now - endedAgoMs),
  });
  double.port.writeAttachment('x_eih_import_queue_entry', id, 'payload.json', 'application/json', '[]');
  return id;
}

const hasPayload = (entry: string) => double.attachments.some((a) => a.recordId === entry);

describe('retention (daily scheduled script)', () => {
  it('deletes connector log lines older than x_eih.logs.retention_days and keeps newer ones', () => {
    double = instanceDouble();
    double.properties.set('x_eih.logs.retention_days', '7');
    const connector = seedConnector(double, seedConnection(double));
    logAged(connector, 8 * DAY, 'old');
    logAged(connector, 7 * DAY + 1_000, 'just past');
    logAged(connector, 7 * DAY - 1_000, 'just inside');
    logAged(connector, 0, 'new');

    const report = pruneRetention();

    expect(report.logs).toBe(2);
    expect(double.rows('x_eih_connector_log').map((l) => l['message']).sort()).toEqual(['just inside', 'new']);
  });

  it('prunes payload attachments of processed pages older than x_eih.queue.payload_retention_days; keeps recent, failed and unfinished ones', () => {
    double = instanceDouble();
    double.properties.set('x_eih.queue.payload_retention_days', '3');
    const connector = seedConnector(double, seedConnection(double));
    const old = entryAged(connector, 'processed', 4 * DAY, 1);
    const recent = entryAged(connector, 'processed', 2 * DAY, 2);
    const failed = entryAged(connector, 'error', 10 * DAY, 3);
    const queued = entryAged(connector, 'queued', null, 4);

    const report = pruneRetention();

    expect(report).toEqual({ logs: 0, payloads: 1, more: false });
    expect(hasPayload(old)).toBe(false);
    expect(field(double, 'x_eih_import_queue_entry', old, 'payload_pruned')).toBe('1');
    expect(field(double, 'x_eih_import_queue_entry', old, 'state')).toBe('processed');
    for (const kept of [recent, failed, queued]) {
      expect(hasPayload(kept)).toBe(true);
      expect(field(double, 'x_eih_import_queue_entry', kept, 'payload_pruned')).toBe('0');
    }
    // A second pass finds nothing left to prune.
    expect(pruneRetention().payloads).toBe(0);
  });

  it('with payload retention 0 every processed page loses its payload at once', () => {
    double = instanceDouble();
    double.properties.set('x_eih.queue.payload_retention_days', '0');
    const connector = seedConnector(double, seedConnection(double));
    const done = entryAged(connector, 'processed', 60_000, 1);
    expect(pruneRetention().payloads).toBe(1);
    expect(hasPayload(done)).toBe(false);
  });

  it('uses the defaults (14 days) when a property is mistyped, with a warning', () => {
    double = instanceDouble();
    double.properties.set('x_eih.logs.retention_days', 'a week');
    const connector = seedConnector(double, seedConnection(double));
    logAged(connector, 15 * DAY, 'old');
    logAged(connector, 13 * DAY, 'kept');
    expect(pruneRetention().logs).toBe(1);
    expect(double.logs.some((l) => l.level === 'warn' && l.message.includes('x_eih.logs.retention_days'))).toBe(true);
  });

  it('stops a pass at its payload limit, oldest first, and says more remain', () => {
    double = instanceDouble();
    const connector = seedConnector(double, seedConnection(double));
    const oldest = entryAged(connector, 'processed', 40 * DAY, 1);
    const older = entryAged(connector, 'processed', 30 * DAY, 2);
    const old = entryAged(connector, 'processed', 20 * DAY, 3);
    expect(pruneRetention({ maxPayloads: 2 })).toEqual({ logs: 0, payloads: 2, more: true });
    expect([oldest, older, old].map(hasPayload)).toEqual([false, false, true]);
    expect(pruneRetention({ maxPayloads: 2 })).toEqual({ logs: 0, payloads: 1, more: false });
    expect(MAX_PAYLOADS_PER_PASS).toBeGreaterThan(0);
  });

  it('the scheduled script body prunes and reports what it did in the system log', () => {
    double = instanceDouble();
    const connector = seedConnector(double, seedConnection(double));
    logAged(connector, 30 * DAY, 'old');
    entryAged(connector, 'processed', 30 * DAY, 1);
    runRetention();
    expect(double.logs).toContainEqual({ level: 'info', message: 'x_eih retention: 1 connector log lines deleted, 1 processed page payloads pruned' });
  });
});
