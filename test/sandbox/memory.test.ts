import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { withSandbox } from './helpers';
import type { ExportStatus } from './helpers';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const KEY = Buffer.from('"finding_id"');

function heapMb(): number {
  return process.memoryUsage().heapUsed / 1e6;
}

describe('memory stays flat', () => {
  it('streams 200k findings through chunk downloads with small heap growth', async () => {
    // 4,000 assets × 50 findings, 500 assets per chunk: each chunk is ~40 MB of JSON. A sandbox
    // that materialised a chunk (or the dataset) would grow the heap by far more than the bound.
    const c = await withSandbox({ assets: 4000, findings: 200_000, exports: { queuedPolls: 0, chunksPerPoll: Infinity } });
    try {
      gc();
      const base = heapMb();
      let peak = base;
      const created = await c.vmJson<{ export_uuid: string }>('/vulns/export', { body: { num_assets: 500, filters: { state: ['OPEN', 'REOPENED', 'FIXED'] } } });
      const st = (await c.vmJson<ExportStatus>(`/vulns/export/${created.body.export_uuid}/status`)).body;
      expect(st.chunks_available).toHaveLength(8);
      let bytes = 0;
      let records = 0;
      let tail = Buffer.alloc(0);
      for (const id of st.chunks_available) {
        const res = await c.vm(`/vulns/export/${created.body.export_uuid}/chunks/${id}`);
        const reader = (res.body as ReadableStream<Uint8Array>).getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          bytes += value.length;
          // Count records without keeping the text: each holds one "finding_id". The 11-byte
          // tail carried over catches a key split across reads and can never hold a whole key.
          const view = Buffer.concat([tail, value]);
          for (let k = view.indexOf(KEY); k >= 0; k = view.indexOf(KEY, k + KEY.length)) records += 1;
          tail = view.subarray(Math.max(0, view.length - (KEY.length - 1)));
          peak = Math.max(peak, heapMb());
        }
        gc();
      }
      gc();
      const after = heapMb();
      process.stdout.write(`memory: heap base ${base.toFixed(1)} MB, peak +${(peak - base).toFixed(1)} MB, after +${(after - base).toFixed(1)} MB, ${(bytes / 1e6).toFixed(0)} MB streamed\n`);
      expect(records).toBe(200_000);
      expect(bytes).toBeGreaterThan(200_000 * 1000);
      // Generous bounds: the data itself is ~350 MB of JSON.
      expect(peak - base).toBeLessThan(64);
      expect(after - base).toBeLessThan(16);
    } finally {
      await c.sb.close();
    }
  }, 120_000);
});
