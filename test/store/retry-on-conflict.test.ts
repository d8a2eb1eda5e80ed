import { describe, expect, it } from 'vitest';
import { CONFLICT_RETRIES, retryOnConflict } from '../../src-server/node/store/retry-on-conflict';

const failure = (code: string) => Object.assign(new Error(`failed with ${code}`), { code });

describe('retryOnConflict', () => {
  it('runs a transaction again after a deadlock or a serialization failure', async () => {
    const codes = ['40P01', '40001'];
    let calls = 0;
    const result = await retryOnConflict(async () => {
      const code = codes[calls++];
      if (code) throw failure(code);
      return 'done';
    });
    expect(result).toBe('done');
    expect(calls).toBe(3);
  });

  it('gives up after its retries, with the last error', async () => {
    let calls = 0;
    await expect(retryOnConflict(async () => {
      calls++;
      throw failure('40P01');
    })).rejects.toThrow('failed with 40P01');
    expect(calls).toBe(CONFLICT_RETRIES + 1);
  });

  it('never retries other errors', async () => {
    let calls = 0;
    await expect(retryOnConflict(async () => {
      calls++;
      throw failure('23505');
    })).rejects.toThrow('23505');
    expect(calls).toBe(1);
  });
});
