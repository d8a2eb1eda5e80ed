// Shared helpers for the sandbox tests: real loopback HTTP with global fetch.
import { DEMO_SC_KEYS, DEMO_SC_USER, DEMO_VM_KEYS, startSandbox } from '../../src-server/sandbox/index';
import type { RunningSandbox, SandboxOptions } from '../../src-server/sandbox/index';

export const VM_KEY_HEADER = `accessKey=${DEMO_VM_KEYS.accessKey};secretKey=${DEMO_VM_KEYS.secretKey};`;
export const SC_KEY_HEADER = `accesskey=${DEMO_SC_KEYS.accessKey}; secretkey=${DEMO_SC_KEYS.secretKey};`;
export { DEMO_SC_USER, DEMO_VM_KEYS };

export interface Client {
  sb: RunningSandbox;
  /** A VM/WAS request with the demo keys; returns the raw Response. */
  vm(path: string, init?: { method?: string; body?: unknown; headers?: Record<string, string> }): Promise<Response>;
  /** A VM/WAS request whose body is parsed as JSON (asserting nothing about the status). */
  vmJson<T = Record<string, unknown>>(path: string, init?: { method?: string; body?: unknown }): Promise<{ status: number; body: T; headers: Headers }>;
  control<T = Record<string, unknown>>(path: string, body?: unknown, method?: string): Promise<T>;
}

export async function withSandbox(options: SandboxOptions = {}): Promise<Client> {
  const sb = await startSandbox(options);
  const vm: Client['vm'] = (path, init = {}) =>
    fetch(`${sb.url}${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: { 'X-ApiKeys': VM_KEY_HEADER, 'content-type': 'application/json', 'user-agent': 'Integration/1.0 (Sandbox tests; Hub; Build/0)', ...(init.headers ?? {}) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  return {
    sb,
    vm,
    vmJson: async (path, init) => {
      const res = await vm(path, init);
      const text = await res.text();
      return { status: res.status, body: (text === '' ? {} : JSON.parse(text)) as never, headers: res.headers };
    },
    control: async (path, body, method) => {
      const res = await fetch(`${sb.url}/_sandbox/${path}`, {
        method: method ?? (body === undefined ? 'GET' : 'POST'),
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return (await res.json()) as never;
    },
  };
}

export interface ExportStatus {
  uuid: string;
  status: string;
  chunks_available: number[];
  chunks_failed: number[];
  chunks_cancelled: number[];
  total_chunks: number;
  finished_chunks: number;
  empty_chunks_count: number;
}

/** Create an export and poll it to a terminal status; returns the final status and all records. */
export async function runExport(c: Client, base: string, body: unknown, maxPolls = 500): Promise<{ status: ExportStatus; records: Array<Record<string, unknown>> }> {
  const created = await c.vmJson<{ export_uuid: string }>(base, { body });
  if (created.status !== 200) throw new Error(`export creation failed: ${created.status} ${JSON.stringify(created.body)}`);
  const id = created.body.export_uuid;
  const seen = new Set<number>();
  const records: Array<Record<string, unknown>> = [];
  for (let k = 0; k < maxPolls; k++) {
    const st = await c.vmJson<ExportStatus>(`${base}/${id}/status`);
    for (const chunk of st.body.chunks_available) {
      if (seen.has(chunk)) continue;
      seen.add(chunk);
      const res = await c.vm(`${base}/${id}/chunks/${chunk}`);
      records.push(...((await res.json()) as Array<Record<string, unknown>>));
    }
    if (['FINISHED', 'CANCELLED', 'ERROR'].includes(st.body.status)) return { status: st.body, records };
  }
  throw new Error('export did not finish');
}

export const FAST = { exports: { queuedPolls: 0, chunksPerPoll: Infinity } } as const;
