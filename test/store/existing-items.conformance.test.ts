/**
 * The batch's existing-item lookup on every dialect: only the connector's own items, each key
 * once however often it is asked, keys past one SQLite statement's worth, and absent keys.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vulnerableItemTable } from '../../src-shared/model/tables';
import { findExistingItems, type Tx } from '../../src-server/node/engine/ingest-writer';
import type { OpenedDatabase } from '../../src-server/node/store/open-database';
import { RecordStore } from '../../src-server/node/store/record-store';
import { STORES, freshDatabase } from '../support/stores';

const NOW = '2026-11-21T10:00:00.000Z';

for (const dialect of STORES) {
  describe(`existing items of a batch on ${dialect}`, () => {
    let database: OpenedDatabase;

    beforeAll(async () => {
      database = await freshDatabase(dialect);
      const store = new RecordStore(database.db, dialect);
      for (let i = 0; i < 1_200; i += 2) {
        await store.insert(vulnerableItemTable, { connector: 'c1', dedupe_key: `k${i}`, remote_state: i % 4 === 0 ? 'FIXED' : 'OPEN', local_status: 'open', mapping_version: 3 }, NOW);
      }
      await store.insert(vulnerableItemTable, { connector: 'c2', dedupe_key: 'k1', remote_state: 'OPEN', local_status: 'open' }, NOW);
    });
    afterAll(async () => database.close());

    it('finds the stored items of the connector among 1,200 keys, duplicates included', async () => {
      const keys = Array.from({ length: 1_200 }, (_, i) => `k${i}`);
      const found = await findExistingItems(database.db as unknown as Tx, dialect, 'c1', [...keys, 'k0', 'k2', 'absent']);
      expect(found.size).toBe(600);
      expect(found.get('k0')).toEqual({ remote_state: 'FIXED', local_status: 'open', mapping_version: 3 });
      expect(found.get('k2')).toEqual({ remote_state: 'OPEN', local_status: 'open', mapping_version: 3 });
      expect(found.has('k1')).toBe(false); // c2's item, not c1's
      expect(found.has('absent')).toBe(false);
    });

    it('answers an empty batch with nothing', async () => {
      expect((await findExistingItems(database.db as unknown as Tx, dialect, 'c1', [])).size).toBe(0);
    });
  });
}
