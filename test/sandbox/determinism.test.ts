import { describe, expect, it } from 'vitest';
import { DEMO_SC_KEYS } from '../../src-server/sandbox/index';
import { FAST, runExport, withSandbox } from './helpers';
import type { Client, ExportStatus } from './helpers';

async function chunkBytes(c: Client, base: string, body: unknown): Promise<string[]> {
  const created = await c.vmJson<{ export_uuid: string }>(base, { body });
  const st = (await c.vmJson<ExportStatus>(`${base}/${created.body.export_uuid}/status`)).body;
  const out: string[] = [JSON.stringify(st)];
  for (const id of st.chunks_available) out.push(await (await c.vm(`${base}/${created.body.export_uuid}/chunks/${id}`)).text());
  return out;
}

async function scPage(c: Client): Promise<string> {
  const res = await fetch(`${c.sb.url}/rest/analysis`, {
    method: 'POST',
    headers: { 'x-apikey': `accesskey=${DEMO_SC_KEYS.accessKey}; secretkey=${DEMO_SC_KEYS.secretKey};` },
    body: JSON.stringify({ type: 'vuln', sourceType: 'cumulative', query: { type: 'vuln', tool: 'vulndetails', startOffset: 100, endOffset: 200 } }),
  });
  return JSON.stringify(((await res.json()) as { response: unknown }).response);
}

async function everything(seed: number): Promise<string[]> {
  const c = await withSandbox({ seed, assets: 120, findings: 2400, wasApps: 5, wasFindings: 200, ...FAST });
  try {
    return [
      ...(await chunkBytes(c, '/vulns/export', { num_assets: 50, filters: { state: ['OPEN', 'REOPENED', 'FIXED'] } })),
      ...(await chunkBytes(c, '/assets/export', { chunk_size: 50 })),
      ...(await chunkBytes(c, '/was/v1/export/vulns', {})),
      await scPage(c),
      JSON.stringify((await c.vmJson('/was/v2/configs/search?limit=200', { body: {} })).body),
    ];
  } finally {
    await c.sb.close();
  }
}

describe('determinism', () => {
  it('same seed → same bytes, for every product; another seed → other bytes', async () => {
    const a = await everything(42);
    const b = await everything(42);
    expect(a.length).toBeGreaterThan(8);
    expect(b).toEqual(a);
    const other = await everything(43);
    expect(other.length).toBe(a.length);
    for (let k = 1; k < a.length; k++) expect(other[k], `part ${k}`).not.toEqual(a[k]);
  });

  it('keeps finding_id stable across exports and state changes, and unique', async () => {
    const c = await withSandbox({ assets: 40, findings: 800, ...FAST });
    try {
      const all = { state: ['OPEN', 'REOPENED', 'FIXED'] };
      const first = await runExport(c, '/vulns/export', { filters: all });
      const ids = first.records.map((r) => r.finding_id);
      expect(new Set(ids).size).toBe(800);
      c.sb.control.fixFindings({ count: 50 });
      c.sb.control.reopenFindings({ count: 20 });
      const second = await runExport(c, '/vulns/export', { filters: all });
      expect(second.records.map((r) => r.finding_id)).toEqual(ids);
      const key = (r: Record<string, unknown>): string => JSON.stringify([r.finding_id, (r.asset as { uuid: string }).uuid, (r.plugin as { id: number }).id, r.port, r.first_found]);
      expect(second.records.map(key)).toEqual(first.records.map(key));
      expect(second.records.filter((r, k) => r.state !== first.records[k]?.state).length).toBeGreaterThanOrEqual(50);
    } finally {
      await c.sb.close();
    }
  });
});
