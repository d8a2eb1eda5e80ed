import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeValue, encodeValue, glideOfIso, isoOfGlide } from '../../src-server/instance/glide/glide-codec';
import { count, deleteWhere, getRow, insertRow, list, readSecret, updateRow } from '../../src-server/instance/glide/glide-store';
import { connectionTable } from '../../src-shared/model/tables/connection';
import { integrationRunTable } from '../../src-shared/model/tables/integration-run';
import { createGlideDouble, type GlideDouble } from '../support/glide-double';

let double: GlideDouble;
afterEach(() => double?.uninstall());

describe('the Glide codec (model values ↔ Glide text)', () => {
  it.each([
    ['boolean', '1', true],
    ['boolean', '0', false],
    ['boolean', 'true', true],
    ['boolean', 'false', false],
    ['integer', '42', 42],
    ['integer', 'x', null],
    ['decimal', '9.8', 9.8],
    ['datetime', '2026-03-02 09:00:00', '2026-03-02T09:00:00.000Z'],
    ['json', '{"a":1}', { a: 1 }],
    ['json', 'not json', 'not json'],
    ['string', '', null],
    ['choice', 'connected', 'connected'],
  ] as const)('decodes %s %j as %j', (type, raw, value) => {
    expect(decodeValue(type, raw)).toEqual(value);
  });

  it.each([
    ['boolean', true, 'true'],
    ['boolean', false, 'false'],
    ['integer', 7, '7'],
    ['integer', Number.NaN, null],
    ['datetime', '2026-03-02T09:00:00.123Z', '2026-03-02 09:00:00'],
    ['datetime', '2026-03-02T10:00:00+01:00', '2026-03-02 09:00:00'],
    ['datetime', 'yesterday', null],
    ['json', { page: 1 }, '{"page":1}'],
    ['string', null, null],
  ] as const)('encodes %s %j as %j', (type, value, raw) => {
    expect(encodeValue(type, value)).toBe(raw);
  });

  it('round-trips datetimes at second precision (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800 }), (seconds) => {
        const iso = new Date(seconds * 1000).toISOString();
        expect(isoOfGlide(glideOfIso(iso) ?? '')).toBe(iso);
      }),
    );
  });

  it('round-trips integers and booleans through the text Glide stores (property)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.boolean(), (n, b) => {
        expect(decodeValue('integer', encodeValue('integer', n))).toBe(n);
        expect(decodeValue('boolean', encodeValue('boolean', b))).toBe(b);
      }),
    );
  });
});

describe('the Glide store over the double', () => {
  it('writes and reads typed records; secrets are stored but never read into a row', () => {
    double = createGlideDouble();
    double.install();
    const id = insertRow(connectionTable, { name: 'a', active: false, platform: 'tenable_sc', base_url: 'https://sc', status_code: 401, last_tested: '2026-03-02T09:00:00.000Z', secret_key: 'S3CRET' });
    expect(id).not.toBeNull();
    const row = getRow(connectionTable, id);
    expect(row).toMatchObject({ sys_id: id, name: 'a', active: false, platform: 'tenable_sc', status_code: 401, last_tested: '2026-03-02T09:00:00.000Z', secret_key: null });
    expect(readSecret(connectionTable, id as string, 'secret_key')).toBe('S3CRET');
    expect(readSecret(connectionTable, id as string, 'access_key')).toBeNull();
  });

  it('lists with equality filters, encoded queries, ordering and a window; counts ignore the window', () => {
    double = createGlideDouble();
    double.install();
    for (const [n, state] of [[1, 'complete'], [2, 'queued'], [3, 'processing'], [4, 'complete']] as const) {
      insertRow(integrationRunTable, { number: `R${n}`, connector: 'c1', state, pages: n, planner_state: { n } });
    }
    expect(list(integrationRunTable, { query: 'state!=complete', orderBy: 'pages', descending: true }).map((r) => r.number)).toEqual(['R3', 'R2']);
    expect(list(integrationRunTable, { where: { connector: 'c1' }, orderBy: 'pages', limit: 2, offset: 1 }).map((r) => r.number)).toEqual(['R2', 'R3']);
    expect(count(integrationRunTable, { where: { state: 'complete' } })).toBe(2);
    expect(list(integrationRunTable, { where: { pages: 4 } })[0]?.planner_state).toEqual({ n: 4 });
    expect(deleteWhere(integrationRunTable, { state: 'complete' })).toBe(2);
    expect(count(integrationRunTable)).toBe(2);
  });

  it('update reports a missing record or an aborted update as false', () => {
    double = createGlideDouble();
    double.install();
    const id = insertRow(connectionTable, { name: 'a', platform: 'tenable_vm', base_url: 'x' }) as string;
    expect(updateRow(connectionTable, 'missing', { name: 'b' })).toBe(false);
    double.addRule({ name: 'no', table: 'x_eih_connection', when: 'before', actions: ['update'], script: ((current: { setAbortAction(b: boolean): void }) => current.setAbortAction(true)) as never });
    expect(updateRow(connectionTable, id, { name: 'b' })).toBe(false);
    expect(getRow(connectionTable, id)?.name).toBe('a');
  });
});
