/**
 * List pages on both stores: SQLite renders each row as JSON in the database, PostgreSQL through
 * the record codec; both must say exactly what the codec says of the same rows (booleans, json
 * columns, text that is not JSON, numbers, unicode, nulls), leave secrets out, and keep
 * X-Total-Count exact after writes, whichever connection or process made them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listQuerySchema } from '../../../src-shared/contract/envelope';
import type { TableDef } from '../../../src-shared/model/column';
import { connectionTable, integrationRunTable, vulnerableItemTable } from '../../../src-shared/model/tables';
import { listProjection, parseListRequest } from '../../../src-server/node/http/list-response';
import { withoutSecrets } from '../../../src-server/node/security/secret-cipher';
import { readChangeStamp } from '../../../src-server/node/store/change-stamp';
import { openDatabase, type OpenedDatabase } from '../../../src-server/node/store/open-database';
import { listPage } from '../../../src-server/node/store/record-query';
import { RecordStore } from '../../../src-server/node/store/record-store';
import { migrateToModel } from '../../../src-server/node/store/schema-migration';
import { freshDatabase, STORES } from '../../support/stores';

const NOW = '2026-11-21T10:00:00.000Z';
const CONNECTOR = 'c'.repeat(32);

/** Values that a hand-written JSON renderer gets wrong first. */
const TRICKY_ITEMS = [
  { dedupe_key: 'a', plugin_name: 'quote " backslash \\ newline \n tab \t', exploit_available: true, cvss: 0.1 + 0.2, port: 443, vpr: 1e-7, risk_score: 12 },
  { dedupe_key: 'b', plugin_name: 'unicode é 😀 \u2028 \u0001', exploit_available: false, cvss: 9.8, port: null, vpr: null, risk_score: -0.5 },
  { dedupe_key: 'c', plugin_name: null, exploit_available: null, cvss: 123456789.123, port: 0, vpr: 1e300, risk_score: null },
];

const RUN_STATES = [
  { number: 'RUN1', planner_state: { pages: [1, 2], nested: { text: 'é "x"', flag: true, none: null } }, full_import: true },
  { number: 'RUN2', planner_state: null, full_import: false },
  { number: 'RUN3', planner_state: [], full_import: null },
];

function request(table: TableDef, params: Record<string, string> = {}) {
  return parseListRequest(table, listQuerySchema.parse(params));
}

for (const dialect of STORES) {
  describe(`list pages on ${dialect}`, () => {
    let database: OpenedDatabase;
    let records: RecordStore;

    beforeAll(async () => {
      database = await freshDatabase(dialect);
      records = new RecordStore(database.db, dialect);
      for (const [index, item] of TRICKY_ITEMS.entries()) await records.insert(vulnerableItemTable, { connector: CONNECTOR, ...item }, `2026-11-21T10:00:0${index}.000Z`);
      for (const [index, run] of RUN_STATES.entries()) await records.insert(integrationRunTable, { connector: CONNECTOR, ...run }, `2026-11-21T10:00:0${index}.000Z`);
      // Text in a json column that is not JSON (written by hand, or by an older version) stays text.
      await sql`update ${sql.table(integrationRunTable.name)} set planner_state = ${'not json {'} where number = ${'RUN2'}`.execute(database.db);
      await records.insert(connectionTable, { name: 'with keys', platform: 'tenable_vm', base_url: 'https://cloud.tenable.com', access_key: 'v1:sealed', secret_key: '', sc_password: null }, NOW);
    });
    afterAll(async () => database.close());

    /** What the codec path says of every row, in list order, limited to the projection. */
    async function viaCodec(table: TableDef, columns: readonly string[]) {
      const rows = (await records.findBy(table, {})).sort((a, b) => String(a.sys_created_on).localeCompare(String(b.sys_created_on)) || String(a.sys_id).localeCompare(String(b.sys_id)));
      return rows.map((row) => Object.fromEntries(columns.map((name) => [name, withoutSecrets(table, row)[name] ?? null])));
    }

    it.each([
      ['vulnerable items', vulnerableItemTable],
      ['runs (json columns, text that is not JSON)', integrationRunTable],
    ])('renders %s exactly as the record codec does', async (_name, table) => {
      const listed = request(table);
      const projection = listProjection(table, listed);
      const page = await listPage(database.db, dialect, table, listed.query, listed.window, projection);
      expect(JSON.parse(page.json)).toStrictEqual(await viaCodec(table, projection.columns));
      expect(page.total).toBe(3);
    });

    it('keeps the values a client reads back: booleans, parsed json, text, exact doubles', async () => {
      const listed = request(integrationRunTable, { sysparm_fields: 'number,planner_state,full_import' });
      const page = JSON.parse((await listPage(database.db, dialect, integrationRunTable, listed.query, listed.window, listProjection(integrationRunTable, listed))).json);
      expect(page.map((run: Record<string, unknown>) => [run.number, run.planner_state, run.full_import])).toEqual([
        ['RUN1', { pages: [1, 2], nested: { text: 'é "x"', flag: true, none: null } }, true],
        ['RUN2', 'not json {', false],
        ['RUN3', [], null],
      ]);
      const items = request(vulnerableItemTable, { sysparm_fields: 'cvss,vpr,exploit_available' });
      const itemPage = JSON.parse((await listPage(database.db, dialect, vulnerableItemTable, items.query, items.window, listProjection(vulnerableItemTable, items))).json);
      expect(itemPage[0]).toMatchObject({ cvss: 0.30000000000000004, vpr: 1e-7, exploit_available: true });
    });

    it('lists a field named twice in sysparm_fields once', async () => {
      const listed = request(integrationRunTable, { sysparm_fields: 'number,number,sys_id', sysparm_limit: '1' });
      const page = await listPage(database.db, dialect, integrationRunTable, listed.query, listed.window, listProjection(integrationRunTable, listed));
      expect(page.json.match(/"number":/g)).toHaveLength(1);
      expect(Object.keys(JSON.parse(page.json)[0]).sort()).toEqual(['number', 'sys_id']);
    });

    it('never reads a secret into a list: only whether each is set', async () => {
      const listed = request(connectionTable);
      const page = await listPage(database.db, dialect, connectionTable, listed.query, listed.window, listProjection(connectionTable, listed, { presenceAs: 'credentials' }));
      expect(page.json).not.toContain('v1:sealed');
      const [connection] = JSON.parse(page.json);
      expect(connection).not.toHaveProperty('access_key');
      expect(connection.credentials).toEqual({ access_key: 'set', secret_key: 'not_set', sc_password: 'not_set' });
    });

    it('counts exactly whether or not the page shows where the list ends, and after every write', async () => {
      const total = async (params: Record<string, string>) => {
        const listed = request(vulnerableItemTable, params);
        return (await listPage(database.db, dialect, vulnerableItemTable, listed.query, listed.window, listProjection(vulnerableItemTable, listed))).total;
      };
      expect(await total({ sysparm_limit: '2' })).toBe(3);
      expect(await total({ sysparm_limit: '2', sysparm_offset: '2' })).toBe(3);
      expect(await total({ sysparm_limit: '2', sysparm_offset: '5' })).toBe(3);
      expect(await total({ sysparm_limit: '1', sysparm_query: 'exploit_available=true' })).toBe(1);
      const added = await records.insert(vulnerableItemTable, { connector: CONNECTOR, dedupe_key: 'd', exploit_available: true }, NOW);
      expect(await total({ sysparm_limit: '2' })).toBe(4);
      expect(await total({ sysparm_limit: '1', sysparm_query: 'exploit_available=true' })).toBe(2);
      await records.update(vulnerableItemTable, String(added.sys_id), { exploit_available: false }, NOW);
      expect(await total({ sysparm_limit: '1', sysparm_query: 'exploit_available=true' })).toBe(1);
      await records.delete(vulnerableItemTable, String(added.sys_id));
      expect(await total({ sysparm_limit: '2' })).toBe(3);
    });
  });
}

describe('X-Total-Count on a SQLite file written by another connection (another process)', () => {
  let dir: string;
  let database: OpenedDatabase;
  let other: Database.Database;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'eih-list-page-'));
    database = openDatabase({ dialect: 'sqlite', location: join(dir, 'hub.sqlite') });
    await migrateToModel(database.db, 'sqlite');
    other = new Database(join(dir, 'hub.sqlite'));
    const records = new RecordStore(database.db, 'sqlite');
    for (const key of ['a', 'b', 'c']) await records.insert(vulnerableItemTable, { connector: CONNECTOR, dedupe_key: key }, NOW);
  });
  afterAll(async () => {
    other.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const total = async () => {
    const listed = request(vulnerableItemTable, { sysparm_limit: '1' });
    return (await listPage(database.db, 'sqlite', vulnerableItemTable, listed.query, listed.window, listProjection(vulnerableItemTable, listed))).total;
  };

  it('re-counts after a commit by another connection, and only then', async () => {
    expect(await total()).toBe(3);
    const stamp = await readChangeStamp(database.db, 'sqlite');
    expect(await total()).toBe(3);
    expect(await readChangeStamp(database.db, 'sqlite')).toBe(stamp);
    other.prepare(`insert into x_eih_vulnerable_item (sys_id, sys_created_on, sys_updated_on, connector, dedupe_key) values (?, ?, ?, ?, ?)`).run('e'.repeat(32), NOW, NOW, CONNECTOR, 'e');
    expect(await readChangeStamp(database.db, 'sqlite')).not.toBe(stamp);
    expect(await total()).toBe(4);
    other.prepare('delete from x_eih_vulnerable_item where dedupe_key in (?, ?)').run('a', 'e');
    expect(await total()).toBe(2);
  });

  it('changes its stamp on schema changes too (total_changes() does not count DDL)', async () => {
    const before = await readChangeStamp(database.db, 'sqlite');
    await sql`create table scratch_for_stamp (a text)`.execute(database.db);
    expect(await readChangeStamp(database.db, 'sqlite')).not.toBe(before);
  });
});
