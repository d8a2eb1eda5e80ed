import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { INTERNAL_ERROR_REASON, normalizePage, normalizeRecord } from '../../../src-shared/rules/normalize-page';
import { MAX_DEDUPE_KEY_LENGTH, MAX_OUTPUT_LENGTH, type NormalizedPage } from '../../../src-shared/rules/normalized';
import { PLATFORMS, REMOTE_STATES, SEVERITIES, type Platform } from '../../../src-shared/model/vocabulary';
import { scRecord, vmRecord, wasRecord, withPath } from './fixtures';

const VALID: Record<Platform, () => Record<string, unknown>> = {
  tenable_vm: () => vmRecord(),
  tenable_was: () => wasRecord(),
  tenable_sc: () => scRecord(),
};

/** Paths worth corrupting in each platform's record (top level and nested). */
const PATHS: Record<Platform, string[]> = {
  tenable_vm: ['asset', 'asset.uuid', 'asset.fqdn', 'plugin', 'plugin.id', 'plugin.cve', 'plugin.vpr', 'plugin.vpr.score', 'plugin.cvss3_base_score', 'plugin.exploit_available', 'port', 'port.port', 'port.protocol', 'severity', 'severity_id', 'state', 'first_found', 'last_fixed', 'output', 'finding_id', 'severity_modification_type'],
  tenable_was: ['asset', 'asset.uuid', 'plugin', 'plugin.id', 'url', 'http_method', 'input_name', 'severity', 'state', 'last_found', 'output', 'proof', 'finding_id'],
  tenable_sc: ['pluginID', 'pluginName', 'severity', 'severity.id', 'severity.name', 'ip', 'dnsName', 'hostUUID', 'port', 'protocol', 'firstSeen', 'lastSeen', 'hasBeenMitigated', 'acceptRisk', 'cve', 'cvssV3BaseScore', 'vprScore', 'family', 'repository', 'repository.id', 'vulnUniqueness', 'hostUniqueness', 'pluginText', 'exploitAvailable'],
};

function checkPage(page: NormalizedPage, length: number): void {
  expect(page.accepted.length + page.rejected.length).toBe(length);
  const indexes = page.rejected.map((r) => r.index);
  expect(new Set(indexes).size).toBe(indexes.length);
  for (const r of page.rejected) {
    expect(r.reason.startsWith(INTERNAL_ERROR_REASON)).toBe(false);
    if (r.index === null) expect(r.path).toBe('$');
    else expect(r.path.startsWith(`$[${r.index}]`)).toBe(true);
    expect(r.reason.length).toBeGreaterThan(0);
  }
  for (const { finding, asset } of page.accepted) {
    expect(finding.dedupe_key.length).toBeGreaterThan(0);
    expect(finding.dedupe_key.length).toBeLessThanOrEqual(MAX_DEDUPE_KEY_LENGTH);
    expect(SEVERITIES).toContain(finding.severity);
    expect(REMOTE_STATES).toContain(finding.remote_state);
    expect((finding.output ?? '').length).toBeLessThanOrEqual(MAX_OUTPUT_LENGTH);
    for (const t of [finding.first_found, finding.last_found, finding.last_fixed]) {
      if (t !== null) expect(new Date(t).toISOString()).toBe(t);
    }
    if (finding.cvss !== null) expect(finding.cvss >= 0 && finding.cvss <= 10).toBe(true);
    if (asset.uuid !== null) expect(asset.uuid).toBe(asset.uuid.toLowerCase());
  }
}

describe('normalizePage: table', () => {
  it('accepts valid records and rejects bad ones with their index and path', () => {
    const page = normalizePage('tenable_vm', [vmRecord(), withPath(vmRecord(), 'plugin.id', 'abc'), 7, vmRecord({ finding_id: 'f-2' })]);
    expect(page.accepted.map((r) => r.finding.dedupe_key)).toEqual(['f-0001', 'f-2']);
    expect(page.rejected).toEqual([
      { index: 1, path: '$[1].plugin.id', reason: 'expected integer, got "abc"' },
      { index: 2, path: '$[2]', reason: 'expected object, got 7' },
    ]);
  });

  it.each([
    ['an object', { results: [] }, 'expected array of records, got an object'],
    ['null', null, 'expected array of records, got null'],
    ['text', '[]', 'expected array of records, got "[]"'],
    ['undefined', undefined, 'expected array of records, got nothing'],
  ])('a page that is %s is one rejection at $', (_name, page, reason) => {
    expect(normalizePage('tenable_sc', page)).toEqual({ accepted: [], rejected: [{ index: null, path: '$', reason }] });
  });

  it('an empty page is empty', () => {
    expect(normalizePage('tenable_was', [])).toEqual({ accepted: [], rejected: [] });
  });

  it('routes each platform to its normaliser', () => {
    expect(normalizePage('tenable_was', [wasRecord()]).accepted[0]?.platform).toBe('tenable_was');
    expect(normalizePage('tenable_sc', [scRecord()], 'patched').accepted[0]?.finding.remote_state).toBe('FIXED');
    expect(normalizePage('tenable_vm', [scRecord()]).rejected[0]?.path).toBe('$[0].asset');
  });

  it('holes in a sparse array are rejections, not skipped', () => {
    const sparse: unknown[] = [];
    sparse[2] = vmRecord();
    const page = normalizePage('tenable_vm', sparse);
    expect(page.rejected.map((r) => r.index)).toEqual([0, 1]);
    expect(page.accepted).toHaveLength(1);
  });

  it('turns a normaliser exception into an internal-error rejection, not a lost page', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('boom'); }, getOwnPropertyDescriptor: () => { throw new Error('boom'); } });
    const outcome = normalizeRecord('tenable_vm', hostile, '$[0]');
    expect(outcome).toEqual({ ok: false, path: '$[0]', reason: `${INTERNAL_ERROR_REASON}: boom` });
    const thrower = new Proxy({}, { getOwnPropertyDescriptor: () => { throw 'text'; } });
    expect(normalizeRecord('tenable_sc', thrower, '$[1]')).toEqual({ ok: false, path: '$[1]', reason: `${INTERNAL_ERROR_REASON}: "text"` });
  });
});

describe('normalizePage: properties', () => {
  const platform = fc.constantFrom(...PLATFORMS);
  const sourceType = fc.constantFrom('cumulative' as const, 'patched' as const);

  it('never throws on arbitrary values, and accounts for every record', () => {
    fc.assert(
      fc.property(platform, fc.anything(), sourceType, (p, page, st) => {
        const result = normalizePage(p, page, st);
        checkPage(result, Array.isArray(page) ? page.length : 1);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arrays of arbitrary JSON, and accounts for every record', () => {
    fc.assert(
      fc.property(platform, fc.array(fc.jsonValue()), (p, page) => {
        checkPage(normalizePage(p, page), page.length);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arrays of arbitrary values (null-prototype objects, odd keys)', () => {
    fc.assert(
      fc.property(platform, fc.array(fc.anything({ withNullPrototype: true, withObjectString: true, withBoxedValues: true, withSparseArray: true })), (p, page) => {
        checkPage(normalizePage(p, page), page.length);
      }),
      { numRuns: 300 },
    );
  });

  it('mutated valid records are accepted or rejected at a real path, never lost', () => {
    const mutated = platform.chain((p) =>
      fc.tuple(
        fc.constant(p),
        fc.array(
          fc.tuple(fc.constantFrom(...PATHS[p]), fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.string(), fc.integer(), fc.double()), fc.boolean()).map(
            ([path, value, keep]) => (keep ? VALID[p]() : withPath(VALID[p](), path, value)),
          ),
          { maxLength: 8 },
        ),
      ),
    );
    fc.assert(
      fc.property(mutated, ([p, page]) => {
        const result = normalizePage(p, page);
        checkPage(result, page.length);
      }),
      { numRuns: 400 },
    );
  });

  it('unmutated valid records are always accepted', () => {
    fc.assert(
      fc.property(platform, fc.integer({ min: 0, max: 20 }), (p, n) => {
        const page = Array.from({ length: n }, () => VALID[p]());
        const result = normalizePage(p, page);
        expect(result.accepted).toHaveLength(n);
        expect(result.rejected).toHaveLength(0);
      }),
    );
  });
});
