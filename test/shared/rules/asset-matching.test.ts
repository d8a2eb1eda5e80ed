import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { assetLookupKeys, matchAsset, normalizeKey, type AssetCandidate } from '../../../src-shared/rules/asset-matching';

const candidates: AssetCandidate[] = [
  { id: 'a-uuid', tenable_uuid: 'AAAA-1', fqdn: null, hostname: null, ipv4: null },
  { id: 'b-fqdn', tenable_uuid: null, fqdn: 'Web01.Example.COM', hostname: 'other', ipv4: '10.0.0.1' },
  { id: 'c-host', tenable_uuid: 'cccc-3', fqdn: null, hostname: 'DB01', ipv4: '10.0.0.2' },
  { id: 'd-ip', tenable_uuid: null, fqdn: null, hostname: null, ipv4: '10.0.0.3' },
];

describe('matchAsset: uuid, fqdn, hostname, ipv4, else create', () => {
  const cases: { name: string; asset: Record<string, string | null>; expected: unknown }[] = [
    { name: 'uuid (case-insensitive) wins over everything', asset: { uuid: 'aaaa-1', fqdn: 'web01.example.com', ipv4: '10.0.0.3' }, expected: { kind: 'match', assetId: 'a-uuid', matchedOn: 'tenable_uuid' } },
    { name: 'fqdn, case-insensitive, trailing dot ignored', asset: { uuid: 'zzz', fqdn: 'WEB01.example.com.', ipv4: '10.0.0.3' }, expected: { kind: 'match', assetId: 'b-fqdn', matchedOn: 'fqdn' } },
    { name: 'hostname, case-insensitive', asset: { hostname: 'db01', ipv4: '10.0.0.3' }, expected: { kind: 'match', assetId: 'c-host', matchedOn: 'hostname' } },
    { name: 'ipv4 last', asset: { fqdn: 'new.example.com', ipv4: ' 10.0.0.3 ' }, expected: { kind: 'match', assetId: 'd-ip', matchedOn: 'ipv4' } },
    { name: 'nothing matches → create', asset: { uuid: 'x', fqdn: 'x.example', hostname: 'x', ipv4: '192.168.1.1' }, expected: { kind: 'create' } },
    { name: 'no keys at all → create', asset: { uuid: null, fqdn: '  ' }, expected: { kind: 'create' } },
  ];
  it.each(cases)('$name', ({ asset, expected }) => {
    expect(matchAsset(asset, candidates)).toEqual(expected);
  });

  it('several candidates on the winning key: the lowest id wins, the rest are reported', () => {
    const dupes: AssetCandidate[] = [
      { id: 'z', ipv4: '10.9.9.9' },
      { id: 'm', ipv4: '10.9.9.9' },
      { id: 'm', ipv4: '10.9.9.9' },
    ];
    expect(matchAsset({ ipv4: '10.9.9.9' }, dupes)).toEqual({ kind: 'match', assetId: 'm', matchedOn: 'ipv4', ambiguousWith: ['z'] });
    expect(matchAsset({ ipv4: '10.9.9.9' }, [...dupes].reverse())).toEqual({ kind: 'match', assetId: 'm', matchedOn: 'ipv4', ambiguousWith: ['z'] });
  });

  it('strictUuid: a candidate with a different Tenable uuid never matches on a weaker key', () => {
    const asset = { uuid: 'new-uuid', hostname: 'db01' };
    expect(matchAsset(asset, candidates)).toMatchObject({ kind: 'match', assetId: 'c-host' });
    expect(matchAsset(asset, candidates, { strictUuid: true })).toEqual({ kind: 'create' });
    expect(matchAsset({ uuid: 'new-uuid', ipv4: '10.0.0.3' }, candidates, { strictUuid: true })).toMatchObject({ assetId: 'd-ip' });
    expect(matchAsset({ hostname: 'db01' }, candidates, { strictUuid: true })).toMatchObject({ assetId: 'c-host' });
  });
});

describe('assetLookupKeys', () => {
  it('lists normalised keys in matching order, blanks left out', () => {
    expect(assetLookupKeys({ uuid: 'AB-1', fqdn: 'Host.Example.', hostname: '', ipv4: '10.0.0.1', ipv6: 'fe80::1' })).toEqual([
      { field: 'tenable_uuid', value: 'ab-1' },
      { field: 'fqdn', value: 'host.example' },
      { field: 'ipv4', value: '10.0.0.1' },
    ]);
    expect(assetLookupKeys({})).toEqual([]);
  });
  it.each([
    ['fqdn', ' A.B. ', 'a.b'],
    ['hostname', 'HOST', 'host'],
    ['ipv4', ' 1.2.3.4 ', '1.2.3.4'],
    ['fqdn', '.', null],
    ['hostname', null, null],
    ['tenable_uuid', undefined, null],
  ] as const)('normalizeKey(%s, %j) = %j', (field, value, expected) => {
    expect(normalizeKey(field, value)).toBe(expected);
  });
});

describe('properties', () => {
  const text = fc.option(fc.stringMatching(/^[a-zA-Z0-9.-]{0,8}$/), { nil: null });
  const candidate = fc.record({ id: fc.stringMatching(/^[a-z0-9]{1,4}$/), tenable_uuid: text, fqdn: text, hostname: text, ipv4: text });
  it('a match always names a candidate whose key equals the asset key; create only when no key matches', () => {
    fc.assert(
      fc.property(fc.record({ uuid: text, fqdn: text, hostname: text, ipv4: text }), fc.array(candidate, { maxLength: 8 }), (asset, list) => {
        const result = matchAsset(asset, list);
        const keys = assetLookupKeys(asset);
        if (result.kind === 'create') {
          for (const k of keys) for (const c of list) expect(normalizeKey(k.field, c[k.field])).not.toBe(k.value);
        } else {
          const key = keys.find((k) => k.field === result.matchedOn);
          expect(list.some((c) => c.id === result.assetId && key !== undefined && normalizeKey(key.field, c[key.field]) === key.value)).toBe(true);
          const stronger = keys.slice(0, keys.findIndex((k) => k.field === result.matchedOn));
          for (const k of stronger) for (const c of list) expect(normalizeKey(k.field, c[k.field])).not.toBe(k.value);
        }
      }),
    );
  });
});
