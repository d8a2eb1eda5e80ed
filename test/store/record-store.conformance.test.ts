import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionTable, connectorTable, importQueueEntryTable, TABLES, vulnerableItemTable } from '../../src-shared/model/tables';
import type { TableDef } from '../../src-shared/model/column';
import type { OpenedDatabase } from '../../src-server/node/store/open-database';
import { RecordStore } from '../../src-server/node/store/record-store';
import { indexName, indexNamesOf, migrateToModel } from '../../src-server/node/store/schema-migration';
import { STORES, freshDatabase } from '../support/stores';

const NOW = '2026-11-21T10:00:00.000Z';

for (const dialect of STORES) {
  describe(`record store on ${dialect}`, () => {
    let database: OpenedDatabase;
    let store: RecordStore;

    beforeAll(async () => {
      database = await freshDatabase(dialect);
      store = new RecordStore(database.db, dialect);
    });
    afterAll(async () => database.close());

    it('creates every table of the model, and migrating again changes nothing', async () => {
      await migrateToModel(database.db, dialect);
      const names = (await database.db.introspection.getTables()).map((table) => table.name);
      for (const table of TABLES as readonly TableDef[]) expect(names).toContain(table.name);
    });

    it('drops our indexes the model has retired, and leaves other indexes alone', async () => {
      const table = vulnerableItemTable.name;
      const retired = indexName(vulnerableItemTable, ['remediation_task']);
      await sql`create index ${sql.id(retired)} on ${sql.table(table)} (remediation_task)`.execute(database.db);
      await sql`create index ${sql.id('operator_own_index')} on ${sql.table(table)} (plugin_id)`.execute(database.db);
      await migrateToModel(database.db, dialect);
      const present = await indexNamesOf(database.db, dialect, table);
      expect(present).not.toContain(retired);
      expect(present).toContain('operator_own_index');
      for (const index of vulnerableItemTable.indexes) expect(present).toContain(indexName(vulnerableItemTable, index.columns));
      await sql`drop index ${sql.id('operator_own_index')}`.execute(database.db);
    });

    it('stores pages lz4-compressed on PostgreSQL', async () => {
      if (dialect !== 'postgres') return;
      const method = async () => (await sql<{ m: string }>`select attcompression::text as m from pg_attribute where attrelid = to_regclass('x_eih_page_payload') and attname = 'payload'`.execute(database.db)).rows[0]?.m;
      expect(await method()).toBe('l');
      await migrateToModel(database.db, dialect);
      expect(await method()).toBe('l');
    });

    it('creates the tables in its own schema even when another schema already has them', async () => {
      if (dialect !== 'postgres') return;
      const second = await freshDatabase(dialect);
      try {
        const own = await sql<{ n: number }>`select count(*)::int as n from information_schema.tables where table_schema = current_schema()`.execute(second.db);
        expect(own.rows[0]?.n).toBe((TABLES as readonly TableDef[]).length);
      } finally {
        await second.close();
      }
    });

    it('round-trips a record with defaults, booleans, integers and JSON', async () => {
      const connection = await store.insert(connectionTable, { name: `vm-${dialect}`, base_url: 'https://cloud.tenable.com' }, NOW);
      const connector = await store.insert(connectorTable, { name: 'nightly', connection: connection.sys_id, last_success_cursor: 1795000000 }, NOW);
      const read = await store.get(connectorTable, connector.sys_id as string);
      expect(read).toMatchObject({ name: 'nightly', active: true, status: 'connecting', health: 'unknown', import_all: true, last_success_cursor: 1795000000 });
      expect(read?.severity_filter).toBe('info,low,medium,high,critical');

      const entry = await store.insert(importQueueEntryTable, { run: connector.sys_id, connector: connector.sys_id, page_no: 1, resume_details: { page: 1, recordOffset: 250 } }, NOW);
      expect((await store.get(importQueueEntryTable, entry.sys_id as string))?.resume_details).toEqual({ page: 1, recordOffset: 250 });

      const updated = await store.update(connectorTable, connector.sys_id as string, { active: false, status: 'disabled' }, '2026-11-21T11:00:00.000Z');
      expect(updated).toMatchObject({ active: false, status: 'disabled', sys_updated_on: '2026-11-21T11:00:00.000Z', sys_created_on: NOW });
      expect(await store.findBy(connectorTable, { connection: connection.sys_id, active: false })).toHaveLength(1);
      expect(await store.delete(connectorTable, connector.sys_id as string)).toBe(true);
      expect(await store.get(connectorTable, connector.sys_id as string)).toBeUndefined();
    });

    it('enforces the unique indexes of the model', async () => {
      await store.insert(connectionTable, { name: 'unique-name', base_url: 'https://a' }, NOW);
      await expect(store.insert(connectionTable, { name: 'unique-name', base_url: 'https://b' }, NOW)).rejects.toThrow();
      expect(await store.count(connectionTable)).toBeGreaterThanOrEqual(1);
    });
  });
}
