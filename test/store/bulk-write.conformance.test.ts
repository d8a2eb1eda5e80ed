/**
 * The ingest's bulk writes on every dialect: many rows in one call (more than one SQLite
 * statement's worth), conflicts that update or are skipped, and every column type the model has
 * (PostgreSQL receives them as typed unnest arrays, SQLite as plain values).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remediationTaskTable, vulnerableItemTable } from '../../src-shared/model/tables';
import { bulkWrite, type BulkShape, type Executor } from '../../src-server/node/store/bulk-write';
import type { OpenedDatabase } from '../../src-server/node/store/open-database';
import { RecordStore } from '../../src-server/node/store/record-store';
import { newSysId } from '../../src-server/node/store/sys-id';
import { STORES, freshDatabase } from '../support/stores';

const NOW = '2026-11-21T10:00:00.000Z';
const LATER = '2026-11-21T11:00:00.000Z';

const ITEM: BulkShape = {
  table: vulnerableItemTable,
  columns: ['sys_id', 'sys_created_on', 'sys_updated_on', 'connector', 'dedupe_key', 'cvss', 'port', 'exploit_available', 'output', 'severity'],
  conflict: { columns: ['connector', 'dedupe_key'], update: ['cvss', 'port', 'exploit_available', 'output', 'sys_updated_on'] },
};
const TASK: BulkShape = {
  table: remediationTaskTable,
  columns: ['sys_id', 'sys_created_on', 'sys_updated_on', 'group_key', 'short_description', 'state', 'item_count'],
  conflict: { columns: ['group_key'], update: [] },
};

for (const dialect of STORES) {
  describe(`bulk writes on ${dialect}`, () => {
    let database: OpenedDatabase;
    let store: RecordStore;
    let db: Executor;
    const bool = (value: boolean) => (dialect === 'sqlite' ? (value ? 1 : 0) : value);

    beforeAll(async () => {
      database = await freshDatabase(dialect);
      store = new RecordStore(database.db, dialect);
      db = database.db as unknown as Executor;
    });
    afterAll(async () => database.close());

    it('inserts 137 rows with every column type, nulls included, in one call', async () => {
      const rows = Array.from({ length: 137 }, (_, i) => [newSysId(), NOW, NOW, 'c1', `key-${i}`, i % 3 === 0 ? null : i / 10, i, bool(i % 2 === 0), i % 5 === 0 ? null : `out ${i} ‘quoted’ "x"`, 'high']);
      await bulkWrite(db, dialect, ITEM, rows);
      const items = await store.findBy(vulnerableItemTable, { connector: 'c1' });
      expect(items).toHaveLength(137);
      const byKey = new Map(items.map((item) => [item.dedupe_key, item]));
      expect(byKey.get('key-4')).toMatchObject({ cvss: 0.4, port: 4, exploit_available: true, output: 'out 4 ‘quoted’ "x"', severity: 'high' });
      expect(byKey.get('key-3')).toMatchObject({ cvss: null, exploit_available: false });
      expect(byKey.get('key-10')).toMatchObject({ output: null });
    });

    it('updates the listed columns of rows that collide and keeps the rest', async () => {
      const before = (await store.findBy(vulnerableItemTable, { connector: 'c1', dedupe_key: 'key-7' }))[0];
      await bulkWrite(db, dialect, ITEM, [[newSysId(), LATER, LATER, 'c1', 'key-7', 9.9, 8443, bool(true), 'new output', 'low']]);
      const after = (await store.findBy(vulnerableItemTable, { connector: 'c1', dedupe_key: 'key-7' }))[0];
      expect(after).toMatchObject({ sys_id: before?.sys_id, sys_created_on: NOW, sys_updated_on: LATER, cvss: 9.9, port: 8443, exploit_available: true, output: 'new output', severity: 'high' });
      expect(await store.findBy(vulnerableItemTable, { connector: 'c1' })).toHaveLength(137);
    });

    it('skips colliding rows when nothing is to be updated', async () => {
      await bulkWrite(db, dialect, TASK, [[newSysId(), NOW, NOW, 'g1', 'first', 'open', 0]]);
      await bulkWrite(db, dialect, TASK, [
        [newSysId(), LATER, LATER, 'g1', 'second', 'open', 0],
        [newSysId(), LATER, LATER, 'g2', 'other', 'open', 3],
      ]);
      const tasks = await store.findBy(remediationTaskTable, {});
      expect(tasks.map((task) => [task.group_key, task.short_description, task.item_count]).sort()).toEqual([
        ['g1', 'first', 0],
        ['g2', 'other', 3],
      ]);
    });

    it('writes nothing for no rows', async () => {
      await bulkWrite(db, dialect, TASK, []);
      expect(await store.findBy(remediationTaskTable, {})).toHaveLength(2);
    });
  });
}
