/**
 * `index-cost`: what each index of the vulnerable item table costs the ingest. The product's own
 * item upsert (ingest-writer `upsertItems`) writes the same synthetic findings (50 per asset, one
 * remediation task per plugin, as the sandbox shapes them) in transactions of one heartbeat
 * batch (500 records) into a fresh SQLite file: first with the model's indexes, then without each
 * secondary index in turn, then with only the (connector, dedupe_key) key the upsert needs.
 * It explains the gap between the ingest and its bare limit (a table with one key).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { vulnerableItemTable } from '../src-shared/model/tables';
import type { ItemWrite } from '../src-shared/pipeline/page-stages';
import { upsertItems, type ItemRow, type Tx } from '../src-server/node/engine/ingest-writer';
import { openDatabase } from '../src-server/node/store/open-database';
import { indexName, migrateToModel } from '../src-server/node/store/schema-migration';
import { newSysId } from '../src-server/node/store/sys-id';
import { numberFlag, type BenchArgs } from './bench-args';
import { note, printTable, round } from './bench-report';

const BATCH = 500;
const FINDINGS_PER_ASSET = 50;

function syntheticItems(rows: number, now: string): ItemRow[] {
  const assets = Array.from({ length: Math.ceil(rows / FINDINGS_PER_ASSET) }, () => newSysId());
  const tasks = Array.from({ length: FINDINGS_PER_ASSET }, () => newSysId());
  return Array.from({ length: rows }, (_, n) => {
    const asset = assets[Math.floor(n / FINDINGS_PER_ASSET)] as string;
    const plugin = 10_000 + (n % FINDINGS_PER_ASSET) * 37;
    const write: ItemWrite = {
      dedupe_key: `${asset}:${plugin}:443:tcp`, source_finding_id: `finding-${n}`, plugin_id: String(plugin), plugin_name: `Plugin ${plugin}: a typical title of some length`,
      plugin_family: 'General', cve: 'CVE-2024-12345', cvss: 7.5, vpr: 6.1, exploit_available: n % 7 === 0, severity: 'high', severity_modification: null,
      remote_state: 'OPEN', local_status: 'identified', mapping_version: 1, first_found: now, last_found: now, last_fixed: null, port: 443, protocol: 'tcp',
      url: null, output: 'x'.repeat(600), repository_id: null,
    };
    return { write, asset, riskScore: 42, group: null, task: tasks[n % FINDINGS_PER_ASSET] as string };
  });
}

async function measure(rows: number, drop: readonly (readonly string[])[]): Promise<{ usPerRow: number; commitUsPerRow: number }> {
  const folder = mkdtempSync(join(tmpdir(), 'eih-index-cost-'));
  const database = openDatabase({ dialect: 'sqlite', location: join(folder, 'items.sqlite') });
  try {
    const db = database.db as unknown as Kysely<Record<string, unknown>>;
    await migrateToModel(database.db, 'sqlite');
    for (const columns of drop) await sql`drop index ${sql.ref(indexName(vulnerableItemTable, columns))}`.execute(db);
    const now = new Date().toISOString();
    const items = syntheticItems(rows, now);
    const run = newSysId();
    let total = 0;
    let commit = 0;
    for (let start = 0; start < items.length; start += BATCH) {
      const began = performance.now();
      await sql`begin`.execute(db);
      await upsertItems(db as unknown as Tx, 'sqlite', 'connector', run, items.slice(start, start + BATCH), now);
      const committing = performance.now();
      await sql`commit`.execute(db);
      commit += performance.now() - committing;
      total += performance.now() - began;
    }
    return { usPerRow: (total * 1000) / rows, commitUsPerRow: (commit * 1000) / rows };
  } finally {
    await database.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

export async function runIndexCostBench(args: BenchArgs): Promise<Record<string, unknown>> {
  const rows = Math.round(numberFlag(args, 'rows', 100_000));
  const secondary = vulnerableItemTable.indexes.filter((index) => !('unique' in index && index.unique)).map((index) => index.columns);
  const variants: { name: string; drop: readonly (readonly string[])[] }[] = [
    { name: 'model indexes', drop: [] },
    ...secondary.map((columns) => ({ name: `without (${columns.join(', ')})`, drop: [columns] })),
    { name: 'unique key only', drop: secondary },
  ];
  const results: Record<string, { us_per_row: number; commit_us_per_row: number }> = {};
  for (const variant of variants) {
    note(`index-cost: ${variant.name}, ${rows.toLocaleString('en-US')} rows`);
    const { usPerRow, commitUsPerRow } = await measure(rows, variant.drop);
    results[variant.name] = { us_per_row: round(usPerRow, 1), commit_us_per_row: round(commitUsPerRow, 1) };
  }
  printTable(
    `index-cost: vulnerable item upsert, SQLite, ${rows.toLocaleString('en-US')} rows in ${BATCH}-row transactions (µs per row, of which commit)`,
    Object.entries(results).map(([metric, r]) => ({ metric, value: `${r.us_per_row} (${r.commit_us_per_row})` })),
  );
  return { rows, batch: BATCH, variants: results };
}
