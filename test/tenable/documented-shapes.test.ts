/**
 * The sandbox's answers against Tenable's documented shapes (notes/tenable-api.md), written by hand
 * from the notes and NOT from the sandbox code: if the look-alike drifts from Tenable, the clients'
 * contract tests would pass against a fiction, so this file pins the fiction to the documents.
 * Fields the notes list must be present with the documented types; extra fields are allowed, and
 * "empty attributes are omitted" is honoured by requiring each optional field somewhere in a chunk.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEMO_SC_KEYS, DEMO_SC_USER, DEMO_VM_KEYS, startSandbox, type RunningSandbox } from '../../src-server/sandbox/index';

const VM_KEYS = `accessKey=${DEMO_VM_KEYS.accessKey};secretKey=${DEMO_VM_KEYS.secretKey};`;
const SC_KEYS = `accesskey=${DEMO_SC_KEYS.accessKey}; secretkey=${DEMO_SC_KEYS.secretKey};`;

interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly json: unknown;
}

async function call(sb: RunningSandbox, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
  const response = await fetch(`${sb.url}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { 'Content-Type': 'application/json', 'User-Agent': 'shape-test/1', ...(init.headers ?? {}) },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  let json: unknown = undefined;
  try {
    json = JSON.parse(text);
  } catch {
    // HTML answers (429) are checked as text.
  }
  return { status: response.status, headers: response.headers, text, json };
}

const vm = (sb: RunningSandbox, path: string, init: { method?: string; body?: unknown } = {}) => call(sb, path, { ...init, headers: { 'X-ApiKeys': VM_KEYS } });

/** Parses or fails the test with zod's list of what is wrong. */
function expectShape<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) expect.fail(`shape mismatch:\n${parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')}`);
  return parsed.data as T;
}

// ---- Shapes, hand-written from notes/tenable-api.md ------------------------------------------

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
const dateText = z.string().refine((text) => Number.isFinite(Date.parse(text)), 'not a date');
/** Security Center sends numbers as strings. */
const numericString = z.string().regex(/^-?\d+$/);

const unauthorizedBody = z.object({ statusCode: z.literal(401), error: z.literal('Unauthorized'), message: z.literal('Invalid credentials.') });

const sessionBody = z.object({
  id: z.number(),
  uuid: z.string(),
  username: z.string(),
  email: z.string(),
  name: z.string(),
  type: z.string(),
  permissions: z.number(),
  enabled: z.boolean(),
  container_uuid: z.string(),
});

const exportStatusBody = z.object({
  uuid,
  status: z.enum(['QUEUED', 'PROCESSING', 'FINISHED', 'CANCELLED', 'ERROR']),
  chunks_available: z.array(z.number().int()),
  chunks_failed: z.array(z.number().int()),
  chunks_cancelled: z.array(z.number().int()),
  total_chunks: z.number().int(),
  chunks_available_count: z.number().int(),
  empty_chunks_count: z.number().int(),
  finished_chunks: z.number().int(),
  filters: z.record(z.string(), z.unknown()),
  num_assets_per_chunk: z.number().int(),
  /** Epoch milliseconds. */
  created: z.number().int().gt(1e12),
});

const SEVERITY_NAMES = ['info', 'low', 'medium', 'high', 'critical'] as const;

/** One VM vulnerability (fields the importer uses); optional where Tenable omits empty attributes. */
const vmVuln = z.object({
  asset: z.object({
    uuid,
    hostname: z.string().optional(),
    fqdn: z.string().optional(),
    ipv4: z.string().optional(),
    ipv6: z.string().optional(),
    mac_address: z.string().optional(),
    netbios_name: z.string().optional(),
    operating_system: z.array(z.string()).optional(),
    agent_uuid: z.string().optional(),
    network_id: z.string().optional(),
    tracked: z.boolean().optional(),
  }),
  plugin: z.object({
    id: z.number().int(),
    name: z.string(),
    family: z.string().optional(),
    synopsis: z.string().optional(),
    description: z.string().optional(),
    solution: z.string().optional(),
    risk_factor: z.string().optional(),
    cve: z.array(z.string().regex(/^CVE-\d{4}-\d+$/)).optional(),
    cvss3_base_score: z.number().min(0).max(10).optional(),
    cvss_base_score: z.number().min(0).max(10).optional(),
    vpr: z.object({ score: z.number().min(0).max(10) }).optional(),
    exploit_available: z.boolean().optional(),
    has_patch: z.boolean().optional(),
    publication_date: dateText.optional(),
  }),
  port: z.object({ port: z.number().int().min(0).max(65535), protocol: z.string(), service: z.string().optional() }),
  scan: z.object({ uuid: z.string(), schedule_uuid: z.string().optional(), started_at: dateText, completed_at: dateText.optional() }),
  output: z.string().max(1024 * 1024).optional(),
  severity: z.enum(SEVERITY_NAMES),
  severity_id: z.number().int().min(0).max(4),
  severity_default_id: z.number().int().min(0).max(4),
  severity_modification_type: z.enum(['NONE', 'RECASTED', 'ACCEPTED']),
  state: z.enum(['OPEN', 'REOPENED', 'FIXED']),
  first_found: dateText,
  last_found: dateText,
  last_fixed: dateText.optional(),
  resurfaced_date: dateText.optional(),
  indexed: dateText,
  source: z.string().optional(),
  finding_id: uuid,
});

/** Documented VM fields that may be omitted on one record but must appear somewhere in a chunk. */
const VM_OPTIONAL_FIELDS = [
  'asset.hostname', 'asset.fqdn', 'asset.ipv4', 'asset.mac_address', 'asset.netbios_name', 'asset.operating_system', 'asset.agent_uuid', 'asset.network_id', 'asset.tracked',
  'plugin.family', 'plugin.synopsis', 'plugin.description', 'plugin.solution', 'plugin.risk_factor', 'plugin.cve', 'plugin.cvss3_base_score', 'plugin.cvss_base_score', 'plugin.vpr',
  'plugin.exploit_available', 'plugin.has_patch', 'plugin.publication_date', 'port.service', 'scan.schedule_uuid', 'scan.completed_at', 'output', 'last_fixed', 'resurfaced_date', 'source',
];

const assetRecord = z.object({
  id: uuid,
  hostnames: z.array(z.string()),
  fqdns: z.array(z.string()),
  ipv4s: z.array(z.string()),
  ipv6s: z.array(z.string()),
  mac_addresses: z.array(z.string()),
  netbios_names: z.array(z.string()),
  operating_systems: z.array(z.string()),
  tags: z.array(z.object({ key: z.string(), value: z.string() })),
  created_at: dateText,
  updated_at: dateText,
  terminated_at: dateText.nullable(),
  deleted_at: dateText.nullable(),
  last_seen: dateText.nullable(),
  has_agent: z.boolean(),
  agent_uuid: z.string().nullable(),
  servicenow_sysid: z.string().nullable(),
  sources: z.array(z.unknown()),
});

const wasConfigsBody = z.object({
  pagination: z.object({ total: z.number().int(), offset: z.number().int(), limit: z.number().int(), sort: z.array(z.unknown()) }),
  items: z.array(
    z.object({
      config_id: z.string(),
      name: z.string(),
      description: z.string().nullable(),
      target: z.string(),
      owner_id: z.string(),
      created_at: dateText,
      updated_at: dateText,
      schedule: z.object({ rrule: z.string(), starttime: z.string(), timezone: z.string(), enabled: z.boolean() }).nullable(),
      last_scan: z.object({ scan_id: z.string(), status: z.string(), finalized_at: dateText.nullable() }).nullable(),
    }),
  ),
});

const wasVuln = z.object({
  finding_id: z.string(),
  url: z.string().url(),
  input_type: z.string().optional(),
  input_name: z.string().optional(),
  http_method: z.string().optional(),
  output: z.string().optional(),
  proof: z.string().optional(),
  payload: z.string().optional(),
  state: z.enum(['OPEN', 'REOPENED', 'FIXED']),
  // Upper case in the spec, lower case in pyTenable: either.
  severity: z.enum([...SEVERITY_NAMES, 'INFO', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL']),
  severity_id: z.number().int().min(0).max(4),
  severity_modification_type: z.enum(['NONE', 'RECASTED', 'ACCEPTED']),
  first_found: dateText,
  last_found: dateText,
  last_fixed: dateText.optional(),
  indexed_at: dateText,
  plugin: z.object({ id: z.number().int(), name: z.string(), cwe: z.unknown().optional(), owasp_2021: z.unknown().optional() }),
  asset: z.object({ uuid, fqdn: z.string(), ipv4: z.string().optional() }),
  scan: z.object({ uuid: z.string(), started_at: dateText, completed_at: dateText.optional() }),
});

const scEnvelope = <T extends z.ZodType>(response: T) => z.object({ type: z.string(), response, error_code: z.literal(0), error_msg: z.string() });

const scResult = z.object({
  pluginID: numericString,
  pluginName: z.string(),
  severity: z.object({ id: z.enum(['0', '1', '2', '3', '4']), name: z.string() }),
  ip: z.string(),
  dnsName: z.string(),
  netbiosName: z.string(),
  macAddress: z.string(),
  uuid: z.string(),
  port: numericString,
  protocol: z.string(),
  firstSeen: numericString,
  lastSeen: numericString,
  hasBeenMitigated: z.enum(['0', '1']),
  acceptRisk: z.enum(['0', '1']),
  recastRisk: z.enum(['0', '1']),
  pluginText: z.string(),
  synopsis: z.string(),
  solution: z.string(),
  cve: z.string(),
  family: z.object({ id: z.string(), name: z.string() }),
  repository: z.object({ id: z.string(), name: z.string() }),
  vulnUniqueness: z.string().optional(),
  hostUniqueness: z.string().optional(),
});

const scAnalysisBody = scEnvelope(
  z.object({
    // Counts arrive as STRINGS, except returnedRecords.
    totalRecords: numericString,
    returnedRecords: z.number().int(),
    startOffset: numericString,
    endOffset: numericString,
    results: z.array(scResult),
  }),
);

function has(record: unknown, dotted: string): boolean {
  let value: unknown = record;
  for (const key of dotted.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value !== undefined;
}

// ---- Checks -----------------------------------------------------------------------------------

describe('sandbox answers match the documented Tenable shapes', () => {
  let sb: RunningSandbox;
  beforeAll(async () => {
    sb = await startSandbox({ seed: 21, assets: 120, findings: 2500, wasApps: 8, wasFindings: 200, scMaxSessions: 1, exports: { queuedPolls: 0, chunksPerPoll: Infinity } });
  });
  afterAll(async () => sb?.close());

  it('VM GET /session and /server/status', async () => {
    const session = await vm(sb, '/session');
    expect(session.status).toBe(200);
    expectShape(sessionBody, session.json);
    const status = await call(sb, '/server/status');
    expect(status.json).toEqual({ code: 200, status: 'ready' });
  });

  it('401 body for bad keys, on VM and WAS routes alike', async () => {
    for (const [path, method] of [['/session', 'GET'], ['/vulns/export', 'POST'], ['/was/v2/configs/search?limit=200&offset=0', 'POST']] as const) {
      const answer = await call(sb, path, { method, body: method === 'POST' ? {} : undefined, headers: { 'X-ApiKeys': 'accessKey=nope;secretKey=nope;' } });
      expect(answer.status).toBe(401);
      expect(answer.json).toEqual(expectShape(unauthorizedBody, answer.json));
    }
  });

  it('VM vulnerability export: create, status, chunk records, 409 duplicate, 404 chunk, cancel', async () => {
    const body = { num_assets: 50, include_unlicensed: true, filters: { severity: [...SEVERITY_NAMES], state: ['OPEN', 'REOPENED', 'FIXED'] } };
    sb.control.setFaults([{ endpoint: 'vm.vulns_export.status', kind: 'export_stuck', times: 1 }]);
    const created = await vm(sb, '/vulns/export', { body });
    expect(created.status).toBe(200);
    const { export_uuid } = expectShape(z.object({ export_uuid: uuid }), created.json);

    // Same filters while the job runs: 409 naming the active job.
    const duplicate = await vm(sb, '/vulns/export', { body });
    expect(duplicate.status).toBe(409);
    const conflict = expectShape(z.object({ active_job_id: z.string(), failure_reason: z.string() }), duplicate.json);
    expect(conflict.active_job_id).toBe(export_uuid);
    expect(conflict.failure_reason).toMatch(/conflict with the ongoing export/);

    const running = expectShape(exportStatusBody, (await vm(sb, `/vulns/export/${export_uuid}/status`)).json);
    expect(running.status).toBe('PROCESSING');
    const cancelled = await vm(sb, `/vulns/export/${export_uuid}/cancel`, { method: 'POST' });
    expect(cancelled.json).toEqual({ status: 'CANCELLED' });
    expect(expectShape(exportStatusBody, (await vm(sb, `/vulns/export/${export_uuid}/status`)).json).status).toBe('CANCELLED');
    sb.control.clearFaults();

    const fresh = expectShape(z.object({ export_uuid: uuid }), (await vm(sb, '/vulns/export', { body })).json).export_uuid;
    const done = expectShape(exportStatusBody, (await vm(sb, `/vulns/export/${fresh}/status`)).json);
    expect(done).toMatchObject({ status: 'FINISHED', total_chunks: 3, finished_chunks: 3, chunks_available_count: 3, num_assets_per_chunk: 50 });
    expect(done.filters).toMatchObject({ severity: [...SEVERITY_NAMES] });

    const chunk = await vm(sb, `/vulns/export/${fresh}/chunks/${done.chunks_available[0] ?? 1}`);
    expect(chunk.status).toBe(200);
    expect(chunk.headers.get('content-type')).toMatch(/octet-stream/);
    const records = expectShape(z.array(vmVuln), chunk.json);
    expect(records.length).toBeGreaterThan(500);
    expect(VM_OPTIONAL_FIELDS.filter((field) => !records.some((record) => has(record, field)))).toEqual([]);
    // Each finding once; severity name and id agree; FIXED findings carry last_fixed.
    expect(new Set(records.map((record) => record.finding_id)).size).toBe(records.length);
    for (const record of records) {
      expect(SEVERITY_NAMES[record.severity_id]).toBe(record.severity);
      if (record.state === 'FIXED') expect(record.last_fixed).toBeDefined();
    }

    const missing = await vm(sb, `/vulns/export/${fresh}/chunks/999`);
    expect(missing.status).toBe(404);
    expect([{ error: 'Chunk does not exist' }, { status: 404, message: 'Export expired or not found' }]).toContainEqual(missing.json);
  });

  it('filters follow the documented validation: lowercase severities, 10-digit seconds', async () => {
    const since = Math.floor(sb.control.now() / 1000) - 86_400;
    const ok = await vm(sb, '/vulns/export', { body: { num_assets: 500, filters: { since, severity: ['critical'] } } });
    expect(ok.status).toBe(200);
    const bad = await vm(sb, '/vulns/export', { body: { num_assets: 500, filters: { since: since * 1000 } } });
    expect(bad.status).toBe(400);
  });

  it('429 answers are HTML with a retry-after in seconds', async () => {
    sb.control.setFaults([{ endpoint: 'vm.session', kind: 'http_429', times: 1, params: { retryAfterSeconds: 30 } }]);
    const limited = await vm(sb, '/session');
    sb.control.clearFaults();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('30');
    expect(limited.json).toBeUndefined();
    expect(limited.text).toMatch(/<html>[\s\S]*429 Too Many Requests/);
  });

  it('VM asset export records', async () => {
    const created = expectShape(z.object({ export_uuid: uuid }), (await vm(sb, '/assets/export', { body: { chunk_size: 100 } })).json);
    const status = await vm(sb, `/assets/export/${created.export_uuid}/status`);
    const ids = expectShape(z.object({ status: z.literal('FINISHED'), chunks_available: z.array(z.number()) }), status.json).chunks_available;
    const records = expectShape(z.array(assetRecord), (await vm(sb, `/assets/export/${created.export_uuid}/chunks/${ids[0] ?? 1}`)).json);
    expect(records).toHaveLength(100);
  });

  it('WAS configs search: pagination and items', async () => {
    const first = expectShape(wasConfigsBody, (await vm(sb, '/was/v2/configs/search?limit=5&offset=0&sort=name:asc', { body: {} })).json);
    expect(first.pagination).toMatchObject({ total: 8, offset: 0, limit: 5 });
    expect(first.items).toHaveLength(5);
    const names = first.items.map((item) => item.name);
    expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    const rest = expectShape(wasConfigsBody, (await vm(sb, '/was/v2/configs/search?limit=5&offset=5&sort=name:asc', { body: {} })).json);
    expect(rest.items).toHaveLength(3);
    const named = expectShape(wasConfigsBody, (await vm(sb, '/was/v2/configs/search?limit=200&offset=0', { body: { field: 'name', operator: 'match', value: 'shop' } })).json);
    expect(named.items.length).toBeGreaterThan(0);
    expect(named.items.every((item) => item.name.toLowerCase().includes('shop'))).toBe(true);
  });

  it('WAS findings export records', async () => {
    const created = expectShape(z.object({ export_uuid: uuid }), (await vm(sb, '/was/v1/export/vulns', { body: { filters: { state: ['OPEN', 'REOPENED', 'FIXED'] } } })).json);
    const status = expectShape(exportStatusBody, (await vm(sb, `/was/v1/export/vulns/${created.export_uuid}/status`)).json);
    const records = expectShape(z.array(wasVuln), (await vm(sb, `/was/v1/export/vulns/${created.export_uuid}/chunks/${status.chunks_available[0] ?? 1}`)).json);
    expect(records).toHaveLength(200);
    for (const field of ['input_type', 'input_name', 'http_method', 'output', 'proof', 'payload', 'last_fixed', 'plugin.cwe', 'plugin.owasp_2021', 'asset.ipv4', 'scan.completed_at']) {
      expect(records.some((record) => has(record, field)), field).toBe(true);
    }
  });

  it('Security Center: system, login (token + cookie), max sessions, analysis with string counts, expired token, logout', async () => {
    const system = expectShape(scEnvelope(z.object({ version: z.string(), sessionTimeout: numericString })), (await call(sb, '/rest/system')).json);
    expect(system.response.sessionTimeout).toBe('3600');

    const login = await call(sb, '/rest/token', { body: { username: DEMO_SC_USER.username, password: DEMO_SC_USER.password, releaseSession: false } });
    const token = expectShape(scEnvelope(z.object({ token: z.number().int() })), login.json).response.token;
    expect(login.json).toMatchObject({ type: 'regular' });
    const cookie = /TNS_SESSIONID=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0];
    expect(cookie).toBeDefined();
    const session = { 'X-SecurityCenter': String(token), Cookie: cookie ?? '' };

    // One session allowed (scMaxSessions 1): a second login asks to release it, without a token.
    const second = await call(sb, '/rest/token', { body: { username: DEMO_SC_USER.username, password: DEMO_SC_USER.password, releaseSession: false } });
    expect(second.status).toBe(200);
    expect(expectShape(z.object({ response: z.object({ releaseSession: z.literal(true) }) }), second.json).response).not.toHaveProperty('token');

    const query = (startOffset: number, endOffset: number) => ({
      type: 'vuln',
      sourceType: 'cumulative',
      query: { type: 'vuln', tool: 'vulndetails', startOffset, endOffset, filters: [{ filterName: 'severity', operator: '=', value: '3,4' }] },
    });
    const page = expectShape(scAnalysisBody, (await call(sb, '/rest/analysis', { body: query(0, 5), headers: session })).json);
    expect(page.response.returnedRecords).toBe(5);
    expect(page.response.results).toHaveLength(5);
    expect(Number(page.response.totalRecords)).toBeGreaterThan(5);
    expect(page.response.results.every((result) => ['3', '4'].includes(result.severity.id))).toBe(true);

    // API keys work the same, and the same query gives the same page.
    const byKeys = expectShape(scAnalysisBody, (await call(sb, '/rest/analysis', { body: query(0, 5), headers: { 'x-apikey': SC_KEYS } })).json);
    expect(byKeys.response.results).toEqual(page.response.results);

    const patched = expectShape(scAnalysisBody, (await call(sb, '/rest/analysis', { body: { ...query(0, 50), sourceType: 'patched' }, headers: session })).json);
    expect(patched.response.results.length).toBeGreaterThan(0);

    // An expired session: HTTP 403 with error_code 12 (decide by the code, not the status).
    sb.control.expireScSessions();
    const expired = await call(sb, '/rest/analysis', { body: query(0, 5), headers: session });
    expect(expired.status).toBe(403);
    expect(expired.json).toMatchObject({ error_code: 12, error_msg: 'This request contains an invalid token.' });

    const relogin = await call(sb, '/rest/token', { body: { username: DEMO_SC_USER.username, password: DEMO_SC_USER.password, releaseSession: false } });
    const again = expectShape(scEnvelope(z.object({ token: z.number().int() })), relogin.json).response.token;
    const cookieAgain = /TNS_SESSIONID=[^;]+/.exec(relogin.headers.get('set-cookie') ?? '')?.[0] ?? '';
    const logout = await call(sb, '/rest/token', { method: 'DELETE', headers: { 'X-SecurityCenter': String(again), Cookie: cookieAgain } });
    expect(logout.json).toMatchObject({ error_code: 0 });
    expect(sb.control.stats().scSessions).toBe(0);
  });

  it('Security Center reports errors in error_code, never as success', async () => {
    const badLogin = await call(sb, '/rest/token', { body: { username: DEMO_SC_USER.username, password: 'wrong', releaseSession: false } });
    expect(badLogin.status).not.toBe(200);
    expect(badLogin.json).toMatchObject({ error_code: expect.any(Number) as number });
    expect((badLogin.json as { error_code: number }).error_code).not.toBe(0);
    expect((badLogin.json as { response?: { token?: unknown } }).response?.token).toBeUndefined();
    // Sending both a token and keys → 400.
    const both = await call(sb, '/rest/currentUser', { headers: { 'x-apikey': SC_KEYS, 'X-SecurityCenter': '123456789' } });
    expect(both.status).toBe(400);
  });
});
