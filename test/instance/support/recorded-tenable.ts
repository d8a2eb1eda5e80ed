// Recorded, sandbox-shaped Tenable VM export replies (shapes from notes/tenable-api.md and the
// sandbox's statusBody), replayed by a fake RESTMessageV2. Each script step answers one request
// and the fake checks the method and path, so a request the planner did not make fails the test.
import type { RestReply, RestRequest } from '../../../src-server/instance/glide/glide-port';
import { jsonReply, type GlideDouble } from '../../support/glide-double';

export const EXPORT_UUID = '5f9c6f0e-6a1f-4a7c-9a51-0d2b5c1e7a10';

export function vmFinding(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    asset: { uuid: `a1b2c3d4-0000-4000-8000-00000000000${id.length}`, hostname: `web${id}`, fqdn: `web${id}.example.com`, ipv4: `10.0.0.${id.length + 4}`, operating_system: ['Linux Kernel 5.4'] },
    plugin: { id: 19506, name: 'Apache Log4j RCE', family: 'Misc.', cve: ['CVE-2021-44228'], cvss3_base_score: 9.8, vpr: { score: 9.2 }, exploit_available: true },
    port: { port: 443, protocol: 'TCP' },
    output: 'vulnerable version found',
    severity: 'critical',
    severity_id: 4,
    severity_modification_type: 'NONE',
    state: 'OPEN',
    first_found: '2026-02-01T00:00:00.000Z',
    last_found: '2026-03-01T12:30:00Z',
    finding_id: `finding-${id}`,
    ...overrides,
  };
}

export interface ScriptStep {
  readonly method: string;
  readonly path: string;
  readonly reply: RestReply | ((request: RestRequest) => RestReply);
  /** Ms the clock moves while this call is answered. */
  readonly latencyMs?: number;
}

export function replay(double: GlideDouble, steps: readonly ScriptStep[]): { remaining: () => number; unexpected: string[] } {
  const queue = [...steps];
  const unexpected: string[] = [];
  double.rest = (request) => {
    const path = request.endpoint.replace(/^https?:\/\/[^/]+/, '');
    const step = queue[0];
    if (step === undefined || step.method !== request.method || step.path !== path) {
      unexpected.push(`${request.method} ${path}`);
      return jsonReply(599, { error: `unexpected ${request.method} ${path}` });
    }
    queue.shift();
    double.advance(step.latencyMs ?? 50);
    return typeof step.reply === 'function' ? step.reply(request) : step.reply;
  };
  return { remaining: () => queue.length, unexpected };
}

export function exportStatus(status: string, available: number[], extra: Record<string, unknown> = {}): RestReply {
  return jsonReply(200, {
    uuid: EXPORT_UUID,
    status,
    chunks_available: available,
    chunks_failed: [],
    chunks_cancelled: [],
    total_chunks: 2,
    chunks_available_count: available.length,
    empty_chunks_count: 0,
    finished_chunks: available.length,
    filters: {},
    num_assets_per_chunk: 50,
    created: 1772442000000,
    ...extra,
  });
}

/** A complete VM export: request, two polls, two chunks (3 findings, one FIXED, one info). */
export function vmExportScript(): ScriptStep[] {
  return [
    { method: 'POST', path: '/vulns/export', reply: jsonReply(200, { export_uuid: EXPORT_UUID }) },
    { method: 'GET', path: `/vulns/export/${EXPORT_UUID}/status`, reply: exportStatus('PROCESSING', [1]) },
    { method: 'GET', path: `/vulns/export/${EXPORT_UUID}/chunks/1`, reply: jsonReply(200, [vmFinding('1'), vmFinding('22', { severity: 'info', severity_id: 0 })]) },
    { method: 'GET', path: `/vulns/export/${EXPORT_UUID}/status`, reply: exportStatus('FINISHED', [1, 2]) },
    { method: 'GET', path: `/vulns/export/${EXPORT_UUID}/chunks/2`, reply: jsonReply(200, [vmFinding('333', { state: 'FIXED', last_fixed: '2026-03-01T00:00:00Z' })]) },
  ];
}
