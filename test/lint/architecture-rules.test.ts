import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'parse');
}

describe('lint rules keep the core pure and instance-safe', () => {
  it.each([
    ['clock read', 'export const t = Date.now();'],
    ['clock construction', 'export const t = new Date();'],
    ['randomness', 'export const r = Math.random();'],
    ['Error subclass', 'export class Oops extends Error {}'],
    ['private field', 'export class A { #x = 1; get x() { return this.#x; } }'],
    ['async method', 'export class A { async go() { return 1; } }'],
    ['for await', 'export async function f(xs: AsyncIterable<number>) { for await (const x of xs) { return x; } return 0; }'],
  ])('rejects a %s in src-shared', async (_name, code) => {
    expect(await ruleIdsFor(code, 'src-shared/core/example.ts')).toContain('no-restricted-syntax');
  });

  it.each(['process', 'fetch', 'setTimeout', 'Buffer', 'Reflect'])('rejects the global %s in instance modules', async (name) => {
    expect(await ruleIdsFor(`export const x = ${name};`, 'src-server/instance/example.ts')).toContain('no-restricted-globals');
  });

  it.each([
    ['src-shared/core/example.ts', "import { z } from 'zod'; export const s = z.string();"],
    ['src-shared/core/example.ts', "import { x } from '../../src-server/node/config'; export const y = x;"],
    ['src-server/node/example.ts', "import { gs } from '@servicenow/glide'; export const g = gs;"],
    ['src-server/sandbox/example.ts', "import { ok } from '../../src-shared/core/result'; export const o = ok;"],
    ['src-widgets/example.ts', "import { loadConfig } from '../src-server/node/config'; export const l = loadConfig;"],
  ])('rejects a forbidden import direction in %s', async (file, code) => {
    expect(await ruleIdsFor(code, file)).toContain('no-restricted-imports');
  });

  it('accepts pure code in src-shared and zod in the contract layer', async () => {
    expect(await ruleIdsFor('export const add = (a: number, b: number): number => a + b;', 'src-shared/core/example.ts')).toEqual([]);
    expect(await ruleIdsFor("import { z } from 'zod'; export const s = z.string();", 'src-shared/contract/example.ts')).toEqual([]);
  });
});
