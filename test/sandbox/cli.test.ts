import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { VM_KEY_HEADER } from './helpers';

describe('cli', () => {
  it('starts alone, prints the base URL and demo keys, serves, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src-server/sandbox/cli.ts', '--port', '0', '--seed', '3', '--assets', '20', '--findings', '100', '--clock', 'virtual'], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let out = '';
      child.stdout.setEncoding('utf8');
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no banner: ${out}`)), 20_000);
        child.stdout.on('data', (d: string) => {
          out += d;
          const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
          if (m?.[1] && out.includes('SC login')) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        });
        child.once('exit', (code) => reject(new Error(`exited ${String(code)}: ${out}`)));
      });
      expect(out).toContain(`X-ApiKeys: ${VM_KEY_HEADER}`);
      expect(out).toContain('x-apikey: accesskey=');
      const res = await fetch(`${url}/session`, { headers: { 'X-ApiKeys': VM_KEY_HEADER } });
      expect(res.status).toBe(200);
      const state = (await (await fetch(`${url}/_sandbox/state`)).json()) as { vm: { assets: number; findings: number } };
      expect(state.vm).toEqual({ assets: 20, findings: 100 });
    } finally {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = (await exited) as [number | null];
      expect(code).toBe(0);
    }
  }, 30_000);
});
