import { afterEach, describe, expect, it } from 'vitest';
import { remediationGroupKey, remediationShortDescription } from '../../src-shared/rules/remediation-grouping';
import { processEntry } from '../../src-server/instance/run/page-processor';
import { advanceRun } from '../../src-server/instance/run/run-engine';
import { applyConnectorEvent } from '../../src-server/instance/connector-lifecycle';
import { jsonReply, type GlideDouble } from '../support/glide-double';
import { field, instanceDouble, seedConnection, seedConnector } from './support/instance-fixtures';
import { EXPORT_UUID, exportStatus, replay, vmFinding } from './support/recorded-tenable';

/**
 * Page processing on the instance runs the core's page stages (planAssets, planItems,
 * scoreRecords, assignRecords, planRemediationTasks) the way the Node host does: these tests pin
 * what that means for the stored rows.
 */

let double: GlideDouble;
afterEach(() => double.uninstall());

function host(n: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { uuid: `a1b2c3d4-0000-4000-8000-00000000000${n}`, hostname: `host${n}`, fqdn: `host${n}.example.com`, ipv4: `10.0.0.${n}`, operating_system: ['Linux'], ...extra };
}

function finding(id: string, asset: Record<string, unknown>, plugin: { id: number; name: string } & Record<string, unknown>, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const base = vmFinding(id);
  return { ...base, asset, plugin: { ...(base['plugin'] as object), ...plugin }, ...overrides };
}

const LOG4J = { id: 19506, name: 'Apache Log4j RCE' };
const OPENSSH = { id: 10107, name: 'OpenSSH outdated' };

function runOnePage(connector: string, records: unknown[]): string {
  replay(double, [
    { method: 'POST', path: '/vulns/export', reply: jsonReply(200, { export_uuid: EXPORT_UUID }) },
    { method: 'GET', path: `/vulns/export/${EXPORT_UUID}/status`, reply: exportStatus('FINISHED', [1], { total_chunks: 1 }) },
    { method: 'GET', path: `/vulns/export/${EXPORT_UUID}/chunks/1`, reply: jsonReply(200, records) },
  ]);
  const started = applyConnectorEvent(connector, { type: 'execute' });
  const runId = started.ok ? started.value.runId : null;
  if (runId === null) throw new Error(`execute failed: ${JSON.stringify(started)}`);
  for (let tick = 0; tick < 10 && advanceRun(runId) !== 'complete'; tick += 1) double.advance(60_000);
  expect(field(double, 'x_eih_integration_run', runId, 'substate')).toBe('succeeded');
  return runId;
}

/** The item of a finding made by `finding(id, ...)` (its dedupe key is the finding id). */
function item(id: string): Record<string, string | null> {
  const row = double.rows('x_eih_vulnerable_item').find((i) => i['dedupe_key'] === `finding-${id}`);
  if (row === undefined) throw new Error(`no item finding-${id}`);
  return row;
}

describe('remediation tasks on the instance (planRemediationTasks)', () => {
  it('one open task per plugin and assignment group; fixed findings get none; every open item links its task', () => {
    double = instanceDouble();
    const connector = seedConnector(double, seedConnection(double));
    double.insert('x_eih_assignment_rule', { name: 'windows hosts', active: true, order: 10, conditions: JSON.stringify([{ field: 'asset.hostname', operator: 'eq', value: 'host3' }]), assignment_group: 'Windows team' });

    runOnePage(connector, [
      finding('f1', host(1), LOG4J),
      finding('f2', host(2), LOG4J),
      finding('f3', host(3), LOG4J),
      finding('f4', host(1), OPENSSH, { state: 'FIXED', last_fixed: '2026-03-01T00:00:00Z' }),
      finding('f5', host(2), OPENSSH),
    ]);

    const tasks = double.rows('x_eih_remediation_task');
    const unassignedLog4j = remediationGroupKey({ plugin_id: '19506' }, null);
    const windowsLog4j = remediationGroupKey({ plugin_id: '19506' }, 'Windows team');
    const unassignedSsh = remediationGroupKey({ plugin_id: '10107' }, null);
    expect(tasks.map((t) => t['group_key']).sort()).toEqual([unassignedSsh, unassignedLog4j, windowsLog4j].sort());
    for (const task of tasks) {
      expect(task['state']).toBe('open');
      expect(task['item_count']).toBe('0');
    }
    const byKey = new Map(tasks.map((t) => [t['group_key'], t]));
    expect(byKey.get(windowsLog4j)).toMatchObject({ plugin_id: '19506', assignment_group: 'Windows team', short_description: remediationShortDescription({ plugin_id: '19506', plugin_name: LOG4J.name }, 'Windows team') });
    expect(byKey.get(unassignedLog4j)?.['assignment_group']).toBeNull();

    expect(item('f1')['remediation_task']).toBe(byKey.get(unassignedLog4j)?.['sys_id']);
    expect(item('f2')['remediation_task']).toBe(byKey.get(unassignedLog4j)?.['sys_id']);
    expect(item('f3')['remediation_task']).toBe(byKey.get(windowsLog4j)?.['sys_id']);
    expect(item('f3')['assignment_group']).toBe('Windows team');
    expect(item('f5')['remediation_task']).toBe(byKey.get(unassignedSsh)?.['sys_id']);
    expect(item('f4')['remediation_task']).toBeNull();
    expect(item('f4')['local_status']).toBe('fixed');
  });

  it('a second run reuses the tasks (group_key stays unique) and a finding fixed since loses its task link', () => {
    double = instanceDouble();
    const connector = seedConnector(double, seedConnection(double));
    runOnePage(connector, [finding('f1', host(1), LOG4J), finding('f2', host(2), LOG4J)]);
    const task = double.rows('x_eih_remediation_task')[0];
    double.advance(3_600_000);
    runOnePage(connector, [finding('f1', host(1), LOG4J), finding('f2', host(2), LOG4J, { state: 'FIXED', last_fixed: '2026-03-02T00:00:00Z' })]);
    expect(double.rows('x_eih_remediation_task')).toHaveLength(1);
    expect(item('f1')['remediation_task']).toBe(task?.['sys_id']);
    expect(item('f2')['remediation_task']).toBeNull();
    expect(item('f2')['local_status']).toBe('fixed');
  });

  it('a task people already work on is linked, not recreated or reopened', () => {
    double = instanceDouble();
    const connector = seedConnector(double, seedConnection(double));
    const existing = double.insertRaw('x_eih_remediation_task', { group_key: remediationGroupKey({ plugin_id: '19506' }, null), plugin_id: '19506', state: 'in_progress', short_description: 'kept' });
    runOnePage(connector, [finding('f1', host(1), LOG4J)]);
    expect(double.rows('x_eih_remediation_task')).toHaveLength(1);
    expect(field(double, 'x_eih_remediation_task', existing, 'state')).toBe('in_progress');
    expect(field(double, 'x_eih_remediation_task', existing, 'short_description')).toBe('kept');
    expect(item('f1')['remediation_task']).toBe(existing);
  });
});

describe('assets, scores and groups through the page stages', () => {
  it('two records of one new host in a page share one new CI; a known CI is matched by its keys and keeps its criticality in the score', () => {
    double = instanceDouble();
    const connector = seedConnector(double, seedConnection(double));
    const known = double.insertRaw('x_eih_asset', { hostname: 'host9', fqdn: 'host9.example.com', criticality: 'critical' });
    double.insert('x_eih_risk_rule', { name: 'critical assets', active: true, order: 10, conditions: JSON.stringify([{ field: 'asset.criticality', operator: 'eq', value: 'critical' }]), adjustment: 25 });
    const medium = { severity: 'medium', severity_id: 2 };
    const mild = { id: 10107, name: 'OpenSSH outdated', cvss3_base_score: 5.0, vpr: { score: 4.0 }, exploit_available: false };
    runOnePage(connector, [
      finding('f1', host(1), mild, medium),
      finding('f2', host(1), OPENSSH),
      finding('f3', host(9, { uuid: null }), mild, medium),
    ]);
    expect(double.rows('x_eih_asset')).toHaveLength(2);
    expect(item('f1')['asset']).toBe(item('f2')['asset']);
    expect(item('f3')['asset']).toBe(known);
    expect(Number(item('f1')['risk_score'])).toBeLessThan(75);
    // Read as medium (the default), the known CI would score like f1: its criticality counts, and the rule adds 25.
    expect(Number(item('f3')['risk_score'])).toBeGreaterThanOrEqual(Number(item('f1')['risk_score']) + 25);
  });

  it('a rejected record is logged at the normalising stage and named on the entry; the rest is written', () => {
    double = instanceDouble();
    const connector = seedConnector(double, seedConnection(double));
    runOnePage(connector, [finding('f1', host(1), LOG4J), { nonsense: true }]);
    expect(double.rows('x_eih_vulnerable_item')).toHaveLength(1);
    const entry = double.rows('x_eih_import_queue_entry')[0];
    expect(entry?.['records_processed']).toBe('1');
    expect(entry?.['records_rejected']).toBe('1');
    expect(entry?.['error']).toBe('1 record(s) rejected; see the connector log');
    const rejections = double.rows('x_eih_connector_log').filter((l) => l['event'] === 'record_rejected');
    expect(rejections).toHaveLength(1);
    expect(rejections[0]).toMatchObject({ level: 'warn', stage: 'normalizing' });
    expect(rejections[0]?.['message']).toMatch(/^page 1: record rejected at \$\[1\]/);
  });

  it('logs 20 rejections one by one and sums up the rest', () => {
    double = instanceDouble();
    const connector = seedConnector(double, seedConnection(double));
    runOnePage(connector, Array.from({ length: 25 }, () => 'not a record'));
    const rejections = double.rows('x_eih_connector_log').filter((l) => l['event'] === 'record_rejected');
    expect(rejections).toHaveLength(21);
    expect(rejections.map((l) => l['message'])).toContain('page 1: 5 more records rejected (25 in all)');
  });
});

describe('batches and beats', () => {
  function queuedEntry(records: unknown[], resume: { page: number; recordOffset: number } | null): { entry: string; run: string } {
    const connector = seedConnector(double, seedConnection(double));
    const run = double.insertRaw('x_eih_integration_run', { connector, number: 'EIHR0000001', state: 'processing', substate: 'none' });
    const entry = double.insertRaw('x_eih_import_queue_entry', { run, connector, page_no: 1, state: 'queued', records_total: records.length, records_processed: resume === null ? 0 : resume.recordOffset, ...(resume === null ? {} : { resume_details: JSON.stringify(resume) }) });
    double.port.writeAttachment('x_eih_import_queue_entry', entry, 'payload.json', 'application/json', JSON.stringify(records));
    return { entry, run };
  }

  it('works in batches of the record threshold, beating after each with the offset of what is stored', () => {
    double = instanceDouble();
    double.properties.set('x_eih.heartbeat.record_threshold', '2');
    const records = [1, 2, 3, 4, 5].map((n) => finding(`f${n}`, host(n), LOG4J));
    const { entry } = queuedEntry(records, null);
    const beats: unknown[] = [];
    double.addRule({
      name: 'spy',
      table: 'x_eih_import_queue_entry',
      when: 'after',
      actions: ['update'],
      script: ((current: { getValue(f: string): string | null }) => {
        if (current.getValue('state') === 'processing' && current.getValue('resume_details') !== null) beats.push(JSON.parse(current.getValue('resume_details') ?? 'null'));
      }) as never,
    });
    const outcome = processEntry(entry, 'tenable_vm');
    expect(outcome.ok && outcome.value).toMatchObject({ records: 5, rejected: 0, cancelled: false, resume: { page: 1, recordOffset: 5 } });
    expect(beats).toEqual([{ page: 1, recordOffset: 2 }, { page: 1, recordOffset: 4 }]);
    expect(double.rows('x_eih_vulnerable_item')).toHaveLength(5);
    expect(field(double, 'x_eih_import_queue_entry', entry, 'state')).toBe('processed');
  });

  it('a retry resumes at the saved offset and writes only the records after it', () => {
    double = instanceDouble();
    const records = [1, 2, 3].map((n) => finding(`f${n}`, host(n), LOG4J));
    const { entry } = queuedEntry(records, { page: 1, recordOffset: 2 });
    const outcome = processEntry(entry, 'tenable_vm');
    expect(outcome.ok && outcome.value.records).toBe(3);
    expect(double.rows('x_eih_vulnerable_item').map((i) => i['dedupe_key'])).toEqual(['finding-f3']);
  });

  it('a cancel seen at a beat stops the entry there, keeping the batches already written', () => {
    double = instanceDouble();
    double.properties.set('x_eih.heartbeat.record_threshold', '2');
    const records = [1, 2, 3, 4, 5].map((n) => finding(`f${n}`, host(n), LOG4J));
    const { entry, run } = queuedEntry(records, null);
    const cancel = double.record('x_eih_integration_run');
    cancel.get(run);
    cancel.setValue('cancel_requested', true);
    cancel.update();
    const outcome = processEntry(entry, 'tenable_vm');
    expect(outcome.ok && outcome.value).toMatchObject({ cancelled: true, resume: { page: 1, recordOffset: 2 } });
    expect(double.rows('x_eih_vulnerable_item')).toHaveLength(2);
    expect(field(double, 'x_eih_import_queue_entry', entry, 'state')).toBe('error');
  });
});
