/**
 * The background checkpointer: a file database's WAL reaches the database file without the
 * writing connection checkpointing (its own threshold is far above what is written here), and
 * closing the store ends the thread.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-server/node/store/open-database';
import { CHECKPOINT_INTERVAL_MS } from '../../src-server/node/store/sqlite-checkpointer';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'eih-checkpoint-'));
  dirs.push(dir);
  return join(dir, 'hub.sqlite');
}

describe('the SQLite checkpointer', () => {
  it('copies committed WAL frames into the database file from its own thread', async () => {
    const file = tempFile();
    const opened = openDatabase({ dialect: 'sqlite', location: file });
    try {
      await sql`create table filler (body text)`.execute(opened.db);
      const before = statSync(file).size;
      for (let i = 0; i < 20; i++) await sql`insert into filler values (${'x'.repeat(100_000)})`.execute(opened.db);
      expect(statSync(`${file}-wal`).size).toBeGreaterThan(2_000_000);
      const deadline = Date.now() + 20 * CHECKPOINT_INTERVAL_MS;
      while (statSync(file).size < before + 2_000_000 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, CHECKPOINT_INTERVAL_MS));
      expect(statSync(file).size).toBeGreaterThan(before + 2_000_000);
    } finally {
      await opened.close();
    }
  });

  it('leaves every committed row readable after close', async () => {
    const file = tempFile();
    const first = openDatabase({ dialect: 'sqlite', location: file });
    await sql`create table t (n integer)`.execute(first.db);
    for (let i = 0; i < 50; i++) await sql`insert into t values (${i})`.execute(first.db);
    await first.close();
    const second = openDatabase({ dialect: 'sqlite', location: file });
    try {
      const rows = await sql<{ n: number }>`select count(*) as n from t`.execute(second.db);
      expect(rows.rows[0]?.n).toBe(50);
    } finally {
      await second.close();
    }
  });

  it('lets a process whose last handle is the store run on after closing it', () => {
    const script = fileURLToPath(new URL('./support/close-then-print.ts', import.meta.url));
    const output = execFileSync(process.execPath, ['--import', 'tsx', script, tempFile()], { encoding: 'utf8', timeout: 30_000 });
    expect(output).toBe('closed\n');
  });
});
