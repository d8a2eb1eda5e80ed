import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  applyRemoteState,
  defaultStatusMapping,
  latestMappingVersion,
  localToRemote,
  nextMappingVersion,
  remoteStatusesFor,
  remoteToLocal,
  reviseMapping,
  selectMapping,
  validateMapping,
  type StatusMapping,
} from '../../../src-shared/rules/status-mapping';
import { LOCAL_STATUSES, REMOTE_STATES, type LocalStatus, type RemoteState } from '../../../src-shared/model/vocabulary';

function valid(rows: unknown, version?: number): StatusMapping {
  const result = validateMapping(rows, version);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('default mapping', () => {
  const mapping = defaultStatusMapping();
  it.each([
    ['OPEN', 'identified'],
    ['REOPENED', 'identified'],
    ['FIXED', 'fixed'],
  ] as const)('Tenable %s → %s', (remote, local) => {
    expect(remoteToLocal(mapping, remote)).toBe(local);
  });
  it.each([
    ['identified', 'OPEN'],
    ['fixed', 'FIXED'],
    ['in_progress', null],
    ['risk_accepted', null],
    ['false_positive', null],
  ] as const)('local %s → %s (first mapped, or not synced)', (local, remote) => {
    expect(localToRemote(mapping, local)).toBe(remote);
  });
  it('is valid and versioned', () => {
    expect(validateMapping(mapping.rows)).toEqual({ ok: true, value: mapping });
    expect(defaultStatusMapping(4).rows.every((r) => r.mapping_version === 4)).toBe(true);
    expect(remoteStatusesFor(mapping, 'identified')).toEqual(['OPEN', 'REOPENED']);
  });
});

describe('validateMapping', () => {
  const ok = (local: string, remote: string, order = 0, version = 1) => ({ local_status: local, remote_status: remote, order, mapping_version: version });
  const failures: { name: string; rows: unknown; message: RegExp; code?: string }[] = [
    { name: 'not a list', rows: { a: 1 }, message: /expected array of rows, got an object/ },
    { name: 'row not an object', rows: [5], message: /row 0: expected object, got 5/ },
    { name: 'unknown local status', rows: [ok('closed', 'OPEN')], message: /row 0: local_status "closed" is not one of identified/ },
    { name: 'unknown remote status', rows: [ok('identified', 'open')], message: /row 0: remote_status "open" is not one of OPEN, REOPENED, FIXED/ },
    { name: 'missing local status', rows: [{ remote_status: 'OPEN' }], message: /local_status nothing/ },
    { name: 'order not integer', rows: [ok('identified', 'OPEN', 1.5)], message: /order 1.5 is not an integer/ },
    { name: 'version zero', rows: [ok('identified', 'OPEN', 0, 0)], message: /mapping_version 0 is not an integer >= 1/ },
    { name: 'remote mapped to two local statuses', rows: [ok('identified', 'OPEN'), ok('in_progress', 'OPEN')], message: /remote status "OPEN" is mapped to two local statuses: identified, in_progress/ },
    { name: 'same pair twice', rows: [ok('fixed', 'FIXED'), ok('fixed', 'FIXED', 1)], message: /"FIXED" is mapped to local status "fixed" twice/ },
    { name: 'mixed versions', rows: [ok('identified', 'OPEN', 0, 1), ok('fixed', 'FIXED', 0, 2)], message: /mapping versions 1, 2 are mixed/ },
  ];
  it.each(failures)('rejects: $name', ({ rows, message }) => {
    const result = validateMapping(rows);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_status_mapping');
    expect(result.error.statusHint).toBe(422);
    expect(result.error.message).toMatch(message);
  });

  it('names the conflicting remote status in details', () => {
    const result = validateMapping([ok('identified', 'REOPENED'), ok('fixed', 'REOPENED')]);
    expect(!result.ok && result.error.details).toEqual({ remote_status: 'REOPENED', local_statuses: ['identified', 'fixed'] });
  });

  it('accepts stored rows with extra columns and null defaults', () => {
    const mapping = valid([{ sys_id: 'x', connector: 'c', local_status: 'fixed', remote_status: 'FIXED', order: null, mapping_version: null }], 3);
    expect(mapping).toEqual({ version: 3, rows: [{ local_status: 'fixed', remote_status: 'FIXED', order: 0, mapping_version: 3 }] });
  });

  it('an empty mapping is valid: nothing syncs', () => {
    const mapping = valid([], 2);
    expect(mapping.version).toBe(2);
    for (const r of REMOTE_STATES) expect(remoteToLocal(mapping, r)).toBeNull();
    for (const l of LOCAL_STATUSES) expect(localToRemote(mapping, l)).toBeNull();
  });

  it('local → remote uses the first row by order, whatever the row order given', () => {
    const mapping = valid([ok('identified', 'OPEN', 5), ok('identified', 'REOPENED', 1)]);
    expect(localToRemote(mapping, 'identified')).toBe('REOPENED');
    expect(remoteToLocal(mapping, 'OPEN')).toBe('identified');
  });
});

describe('versioning', () => {
  const rows = [
    { local_status: 'identified', remote_status: 'OPEN', order: 0, mapping_version: 1 },
    { local_status: 'fixed', remote_status: 'FIXED', order: 0, mapping_version: 1 },
    { local_status: 'in_progress', remote_status: 'OPEN', order: 0, mapping_version: 2 },
    { local_status: 'fixed', remote_status: 'FIXED', order: 0, mapping_version: 2 },
  ];
  it.each([
    [rows, 2],
    [[], null],
    [[{ local_status: 'fixed', remote_status: 'FIXED' }], 1],
    [[{ mapping_version: 'x' }], null],
  ] as const)('latestMappingVersion #%#', (input, expected) => {
    expect(latestMappingVersion(input)).toBe(expected);
  });
  it.each([
    [rows, 3],
    [[], 1],
    [7, 8],
    [defaultStatusMapping(4), 5],
  ] as const)('nextMappingVersion #%#', (input, expected) => {
    expect(nextMappingVersion(input)).toBe(expected);
  });
  it('selectMapping picks the latest version, or the pinned one', () => {
    const latest = selectMapping(rows);
    expect(latest.ok && remoteToLocal(latest.value, 'OPEN')).toBe('in_progress');
    const pinned = selectMapping(rows, 1);
    expect(pinned.ok && remoteToLocal(pinned.value, 'OPEN')).toBe('identified');
    expect(pinned.ok && pinned.value.version).toBe(1);
  });
  it('selectMapping: no rows → the default mapping; unknown pinned version → 404 failure', () => {
    expect(selectMapping([])).toEqual({ ok: true, value: defaultStatusMapping() });
    const missing = selectMapping(rows, 9);
    expect(!missing.ok && missing.error.statusHint).toBe(404);
    expect(!missing.ok && missing.error.message).toMatch(/version 9 does not exist/);
  });
  it('reviseMapping stamps the next version and leaves the current mapping alone', () => {
    const current = defaultStatusMapping();
    const revised = reviseMapping(current, [
      { local_status: 'in_progress', remote_status: 'REOPENED' },
      { local_status: 'identified', remote_status: 'OPEN' },
    ]);
    expect(revised.ok && revised.value.version).toBe(2);
    expect(revised.ok && revised.value.rows.every((r) => r.mapping_version === 2)).toBe(true);
    expect(current.version).toBe(1);
    expect(remoteToLocal(current, 'REOPENED')).toBe('identified');
    const bad = reviseMapping(current, [
      { local_status: 'identified', remote_status: 'OPEN' },
      { local_status: 'fixed', remote_status: 'OPEN' },
    ]);
    expect(!bad.ok && bad.error.message).toMatch(/"OPEN" is mapped to two local statuses/);
  });
});

describe('applyRemoteState: edits apply to future syncs only', () => {
  const v1 = defaultStatusMapping(1);
  const v2 = valid([
    { local_status: 'in_progress', remote_status: 'REOPENED', order: 0, mapping_version: 2 },
    { local_status: 'identified', remote_status: 'OPEN', order: 0, mapping_version: 2 },
  ]);
  const cases: {
    name: string;
    mapping: StatusMapping;
    item: { remote_state: RemoteState; local_status: LocalStatus; mapping_version: number } | null;
    remote: RemoteState;
    expected: { remote_state: RemoteState; local_status: LocalStatus; mapping_version: number; localChanged: boolean };
  }[] = [
    { name: 'new OPEN item', mapping: v1, item: null, remote: 'OPEN', expected: { remote_state: 'OPEN', local_status: 'identified', mapping_version: 1, localChanged: true } },
    { name: 'new item, unmapped remote state uses the default', mapping: v2, item: null, remote: 'FIXED', expected: { remote_state: 'FIXED', local_status: 'fixed', mapping_version: 2, localChanged: true } },
    { name: 'same remote state keeps a user edit', mapping: v1, item: { remote_state: 'OPEN', local_status: 'in_progress', mapping_version: 1 }, remote: 'OPEN', expected: { remote_state: 'OPEN', local_status: 'in_progress', mapping_version: 1, localChanged: false } },
    { name: 'new remote state maps', mapping: v1, item: { remote_state: 'OPEN', local_status: 'in_progress', mapping_version: 1 }, remote: 'FIXED', expected: { remote_state: 'FIXED', local_status: 'fixed', mapping_version: 1, localChanged: true } },
    { name: 'an edited mapping does not touch unchanged items', mapping: v2, item: { remote_state: 'REOPENED', local_status: 'identified', mapping_version: 1 }, remote: 'REOPENED', expected: { remote_state: 'REOPENED', local_status: 'identified', mapping_version: 1, localChanged: false } },
    { name: 'the edited mapping applies to the next change', mapping: v2, item: { remote_state: 'OPEN', local_status: 'identified', mapping_version: 1 }, remote: 'REOPENED', expected: { remote_state: 'REOPENED', local_status: 'in_progress', mapping_version: 2, localChanged: true } },
    { name: 'unmapped new remote state changes nothing locally', mapping: v2, item: { remote_state: 'OPEN', local_status: 'identified', mapping_version: 1 }, remote: 'FIXED', expected: { remote_state: 'FIXED', local_status: 'identified', mapping_version: 1, localChanged: false } },
    { name: 'mapped to the same local status', mapping: v1, item: { remote_state: 'OPEN', local_status: 'identified', mapping_version: 1 }, remote: 'REOPENED', expected: { remote_state: 'REOPENED', local_status: 'identified', mapping_version: 1, localChanged: false } },
  ];
  it.each(cases)('$name', ({ mapping, item, remote, expected }) => {
    expect(applyRemoteState(mapping, item, remote)).toEqual(expected);
  });
});

describe('properties', () => {
  /** Any conflict-free mapping: each remote status to at most one local status, random orders. */
  const mappingArb = fc
    .tuple(...REMOTE_STATES.map(() => fc.option(fc.tuple(fc.constantFrom(...LOCAL_STATUSES), fc.integer({ min: -5, max: 5 })), { nil: undefined })))
    .map((choices) =>
      choices.flatMap((choice, i) =>
        choice === undefined ? [] : [{ local_status: choice[0], remote_status: REMOTE_STATES[i] as RemoteState, order: choice[1], mapping_version: 1 }],
      ),
    );

  it('local → remote → local stays in the same local status for every mapped status', () => {
    fc.assert(
      fc.property(mappingArb, (rows) => {
        const mapping = valid(rows);
        for (const local of LOCAL_STATUSES) {
          const remote = localToRemote(mapping, local);
          if (remote === null) expect(rows.some((r) => r.local_status === local)).toBe(false);
          else expect(remoteToLocal(mapping, remote)).toBe(local);
        }
      }),
    );
  });

  it('every mapped remote status is recognised', () => {
    fc.assert(
      fc.property(mappingArb, (rows) => {
        const mapping = valid(rows);
        for (const row of rows) expect(remoteToLocal(mapping, row.remote_status)).toBe(row.local_status);
      }),
    );
  });

  it('validation never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (rows) => {
        const result = validateMapping(rows);
        if (!result.ok) expect(result.error.message).toMatch(/^status mapping/);
      }),
    );
  });
});
