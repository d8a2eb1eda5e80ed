import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src-server/sandbox/export-routes';
import { indexFromUuid, indexedUuid, uuidFrom } from '../../src-server/sandbox/hash';
import { isoSeconds } from '../../src-server/sandbox/iso-time';
import { baseLifecycle, groupOf, groupStart } from '../../src-server/sandbox/lifecycle';
import { parseFindingFilters, matchesFinding } from '../../src-server/sandbox/finding-query';
import { buildVmCatalog, drawSeverity } from '../../src-server/sandbox/plugin-catalog';
import { parseVmKeys, parseScKeys } from '../../src-server/sandbox/auth';

const EPOCH = Date.UTC(2025, 5, 1);

describe('generation building blocks', () => {
  it('groupOf inverts groupStart for any split', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 2_000_000 }), fc.nat(), (groups, count, r) => {
        const i = r % count;
        const g = groupOf(i, count, groups);
        expect(groupStart(g, count, groups)).toBeLessThanOrEqual(i);
        expect(groupStart(g + 1, count, groups)).toBeGreaterThan(i);
      }),
    );
  });

  it('finding ids round-trip to their index and reject foreign ids', () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 0, max: 2 ** 40 }), (seed, index) => {
        const id = indexedUuid(seed, 1, index);
        expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        expect(indexFromUuid(seed, 1, id)).toBe(index);
        expect(indexFromUuid(seed, 2, id)).toBeUndefined();
      }),
    );
    expect(indexFromUuid(1, 1, uuidFrom(1, 5))).toBeUndefined();
    expect(indexFromUuid(1, 1, 'not-a-uuid')).toBeUndefined();
  });

  it('isoSeconds matches Date#toISOString', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 253_402_300_799_999 }), (ms) => {
        expect(isoSeconds(ms)).toBe(new Date(ms).toISOString());
      }),
    );
  });

  it('base lifecycles are internally consistent and never in the future', () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 0, max: 10_000_000 }), (seed, index) => {
        const lc = baseLifecycle(seed, 1, index, EPOCH);
        expect(lc.firstFound).toBeLessThanOrEqual(lc.lastFound);
        expect(lc.indexed).toBeLessThan(EPOCH);
        expect(lc.indexed).toBeGreaterThanOrEqual(lc.lastFound);
        expect(lc.lastFixed !== undefined).toBe(lc.state === 'FIXED');
        if (lc.lastFixed !== undefined) expect(lc.lastFixed).toBeGreaterThan(lc.lastFound);
        expect(lc.resurfaced !== undefined).toBe(lc.state === 'REOPENED');
        expect(lc.firstFound % 1000).toBe(0);
      }),
    );
  });

  it('draws severities with a realistic mix', () => {
    const counts = [0, 0, 0, 0, 0];
    for (let k = 0; k < 1000; k++) {
      const sev = drawSeverity(k / 1000);
      counts[sev] = (counts[sev] ?? 0) + 1;
    }
    expect(counts).toEqual([380, 140, 320, 120, 40]);
  });

  it('builds a catalogue with unique plugin ids and plugins for every severity', () => {
    const cat = buildVmCatalog(1, EPOCH);
    expect(new Set(cat.plugins.map((p) => p.id)).size).toBe(cat.plugins.length);
    for (const bucket of cat.bySeverity) expect(bucket.length).toBeGreaterThan(0);
    for (const p of cat.plugins) expect(() => JSON.parse(p.json)).not.toThrow();
  });

  it('canonicalJson ignores key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (o) => {
        const reversed = Object.fromEntries(Object.entries(o).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(o));
      }),
    );
  });

  const sinceCases: Array<[string, Parameters<typeof matchesFinding>[1], boolean]> = [
    ['open, seen after T', { state: 'OPEN', firstFound: 0, lastFound: 2000, lastFixed: undefined, resurfaced: undefined, indexed: 2000 }, true],
    ['open, seen before T, indexed after T (late indexed)', { state: 'OPEN', firstFound: 0, lastFound: 500, lastFixed: undefined, resurfaced: undefined, indexed: 1500 }, true],
    ['open, seen and indexed before T', { state: 'OPEN', firstFound: 0, lastFound: 500, lastFixed: undefined, resurfaced: undefined, indexed: 900 }, false],
    ['fixed after T', { state: 'FIXED', firstFound: 0, lastFound: 500, lastFixed: 1200, resurfaced: undefined, indexed: 1200 }, true],
    ['fixed before T', { state: 'FIXED', firstFound: 0, lastFound: 500, lastFixed: 800, resurfaced: undefined, indexed: 800 }, false],
  ];
  it.each(sinceCases)('since T: %s', (_n, lc, expected) => {
    const q = parseFindingFilters({ since: 1, state: ['OPEN', 'REOPENED', 'FIXED'] }, 'vm');
    if (!q.ok) throw new Error(q.message);
    expect(matchesFinding(q.value, lc, 2, 1, 'General')).toBe(expected);
  });

  it('parses key headers with tolerant spacing but exact parameter names', () => {
    expect(parseVmKeys({ 'x-apikeys': ' accessKey = a ;secretKey=b ' })).toEqual({ accessKey: 'a', secretKey: 'b' });
    expect(parseVmKeys({ 'x-apikeys': 'accesskey=a;secretkey=b' })).toBeUndefined();
    expect(parseScKeys({ 'x-apikey': 'accesskey=a; secretkey=b;' })).toEqual({ accessKey: 'a', secretKey: 'b' });
    expect(parseScKeys({ 'x-apikey': 'accessKey=a; secretKey=b;' })).toBeUndefined();
  });
});
