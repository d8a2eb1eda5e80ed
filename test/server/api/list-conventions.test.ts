/**
 * The ServiceNow list conventions on both stores: every operator of the encoded-query subset,
 * ORDERBY/ORDERBYDESC, sysparm_fields, sysparm_limit/offset, X-Total-Count and the Link header;
 * an unknown field is a 400 naming it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectorTable } from '../../../src-shared/model/tables';
import { startApi, type ApiHarness } from '../../support/api-harness';
import { createConnection } from '../../support/api-fixtures';
import { STORES } from '../../support/stores';

/** Four connectors, inserted through the store so nothing else (runs, logs) comes with them. */
const ROWS = [
  { name: 'alpha', active: true, schedule_interval_minutes: 10, notes: 'first note', created: '2026-11-01T10:00:00.000Z' },
  { name: 'beta', active: false, schedule_interval_minutes: 20, notes: null, created: '2026-11-02T10:00:00.000Z' },
  { name: 'gamma', active: true, schedule_interval_minutes: 30, notes: '', created: '2026-11-03T10:00:00.000Z' },
  { name: 'ALPHABET', active: true, schedule_interval_minutes: null, notes: 'Second NOTE', created: '2026-11-04T10:00:00.000Z' },
] as const;

const names = (body: { result: { name: string }[] }) => body.result.map((row) => row.name).sort();

for (const dialect of STORES) {
  describe(`list conventions on ${dialect}`, () => {
    let api: ApiHarness;

    beforeAll(async () => {
      api = await startApi(dialect);
      const connection = await createConnection(api);
      for (const { created, ...row } of ROWS) await api.services.records.insert(connectorTable, { ...row, connection }, created);
    });
    afterAll(async () => api.close());

    it.each([
      ['=', 'name=alpha', ['alpha']],
      ['^ (and)', 'active=true^schedule_interval_minutes>10', ['gamma']],
      ['^OR', 'name=alpha^ORname=beta', ['alpha', 'beta']],
      ['^OR then ^ (ServiceNow grouping)', 'name=alpha^ORname=gamma^active=true', ['alpha', 'gamma']],
      ['!= (matches empty values too)', 'notes!=first note', ['ALPHABET', 'beta', 'gamma']],
      ['>', 'schedule_interval_minutes>10', ['beta', 'gamma']],
      ['<', 'schedule_interval_minutes<20', ['alpha']],
      ['>=', 'schedule_interval_minutes>=20', ['beta', 'gamma']],
      ['<=', 'schedule_interval_minutes<=20', ['alpha', 'beta']],
      ['> on a date-time (ServiceNow format)', 'sys_created_on>2026-11-02 12:00:00', ['ALPHABET', 'gamma']],
      ['IN', 'nameINalpha,gamma,nobody', ['alpha', 'gamma']],
      ['STARTSWITH (case-insensitive)', 'nameSTARTSWITHalpha', ['ALPHABET', 'alpha']],
      ['LIKE (case-insensitive)', 'notesLIKEnote', ['ALPHABET', 'alpha']],
      ['LIKE with wildcard characters taken literally', 'notesLIKE%', []],
      ['ISEMPTY on text', 'notesISEMPTY', ['beta', 'gamma']],
      ['ISEMPTY on an integer', 'schedule_interval_minutesISEMPTY', ['ALPHABET']],
      ['boolean false', 'active=false', ['beta']],
    ])('%s: %s', async (_operator, query, expected) => {
      const response = await api.get(`/connectors?sysparm_query=${encodeURIComponent(query)}`, 'viewer');
      expect(response.status, response.text).toBe(200);
      expect(names(response.body)).toEqual([...expected].sort());
      expect(response.headers.get('X-Total-Count')).toBe(String(expected.length));
    });

    it('orders with ORDERBY and ORDERBYDESC', async () => {
      const ascending = await api.get(`/connectors?sysparm_query=${encodeURIComponent('schedule_interval_minutes>0^ORDERBYschedule_interval_minutes')}`);
      expect(ascending.body.result.map((row: { name: string }) => row.name)).toEqual(['alpha', 'beta', 'gamma']);
      const descending = await api.get(`/connectors?sysparm_query=${encodeURIComponent('schedule_interval_minutes>0^ORDERBYDESCschedule_interval_minutes')}`);
      expect(descending.body.result.map((row: { name: string }) => row.name)).toEqual(['gamma', 'beta', 'alpha']);
      const byCreated = await api.get('/connectors?sysparm_query=ORDERBYDESCsys_created_on');
      expect(byCreated.body.result.map((row: { name: string }) => row.name)).toEqual(['ALPHABET', 'gamma', 'beta', 'alpha']);
    });

    it('pages with sysparm_limit and sysparm_offset, with X-Total-Count and a Link header', async () => {
      const response = await api.get('/connectors?sysparm_query=ORDERBYsys_created_on&sysparm_limit=1&sysparm_offset=1');
      expect(response.body.result.map((row: { name: string }) => row.name)).toEqual(['beta']);
      expect(response.headers.get('X-Total-Count')).toBe('4');
      const links = Object.fromEntries(
        (response.headers.get('Link') ?? '').split(',').map((part) => {
          const [, url, rel] = /^<([^>]+)>;rel="(\w+)"$/.exec(part) ?? [];
          return [rel, new URL(url ?? '', 'http://h').searchParams];
        }),
      );
      expect(Object.keys(links).sort()).toEqual(['first', 'last', 'next', 'prev']);
      expect(links.first?.get('sysparm_offset')).toBe('0');
      expect(links.prev?.get('sysparm_offset')).toBe('0');
      expect(links.next?.get('sysparm_offset')).toBe('2');
      expect(links.last?.get('sysparm_offset')).toBe('3');
      expect(links.next?.get('sysparm_limit')).toBe('1');
      // The links keep the query, so following them pages through the same list.
      expect(links.next?.get('sysparm_query')).toBe('ORDERBYsys_created_on');
      const lastPage = await api.get('/connectors?sysparm_query=ORDERBYsys_created_on&sysparm_limit=3&sysparm_offset=3');
      expect(lastPage.body.result).toHaveLength(1);
      expect(lastPage.headers.get('Link')).not.toContain('rel="next"');
    });

    it('narrows rows with sysparm_fields (sys_id always comes), on connectors and connections', async () => {
      const connectors = await api.get('/connectors?sysparm_fields=name,active&sysparm_query=name=alpha');
      expect(connectors.body.result).toEqual([{ sys_id: expect.stringMatching(/^[0-9a-f]{32}$/), name: 'alpha', active: true }]);
      const connections = await api.get('/connections?sysparm_fields=name,platform');
      expect(connections.status).toBe(200);
      for (const row of connections.body.result) expect(Object.keys(row).sort()).toEqual(['name', 'platform', 'sys_id']);
    });

    it.each([
      ['/connectors?sysparm_query=colour=red', "unknown field 'colour'"],
      ['/connectors?sysparm_query=ORDERBYcolour', "unknown field 'colour'"],
      ['/connectors?sysparm_fields=name,colour', "unknown field 'colour'"],
      ['/connections?sysparm_fields=access_key', "unknown field 'access_key'"],
      ['/connections?sysparm_query=secret_keyISNOTEMPTY', "unknown field 'secret_key'"],
      ['/connectors?sysparm_query=schedule_interval_minutes>ten', "'schedule_interval_minutes' expects a number"],
      ['/connectors?sysparm_query=active=maybe', "'active' expects true or false"],
      ['/connectors?sysparm_limit=0', "'sysparm_limit'"],
      ['/connectors?sysparm_limit=10001', "'sysparm_limit'"],
      ['/connectors?sysparm_offset=-1', "'sysparm_offset'"],
      ['/connectors?sysparm_colour=red', "unknown field 'sysparm_colour'"],
      [`/connectors/${'0'.repeat(32)}/assets?sysparm_query=hostname=x`, "unknown field 'sysparm_query'"],
    ])('%s → 400 naming %s', async (path, named) => {
      const response = await api.get(path);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(named);
    });

    it('left no secret in any response body or log line', () => {
      expect(api.leaks()).toEqual([]);
    });
  });
}
