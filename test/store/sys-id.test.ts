import { describe, expect, it } from 'vitest';
import { newSysId } from '../../src-server/node/store/sys-id';

describe('sys_id', () => {
  it('is 32 lowercase hex characters', () => {
    for (let i = 0; i < 1000; i++) expect(newSysId()).toMatch(/^[0-9a-f]{32}$/);
  });

  it('sorts in creation order, within one millisecond too', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => newSysId(1_800_000_000_000 + Math.floor(i / 1000)));
    expect([...ids].sort()).toEqual(ids);
  });

  it('stays ordered when the clock steps back', () => {
    const first = newSysId(1_900_000_000_000);
    const second = newSysId(1_899_999_999_000);
    expect(second > first).toBe(true);
  });

  it('never repeats, past 65,536 ids in one millisecond', () => {
    const ids = Array.from({ length: 70_000 }, () => newSysId(1_950_000_000_000));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});
