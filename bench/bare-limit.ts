/**
 * The bare limit an ingest pipeline is compared against: for the same chunk bytes the pipeline
 * imported, `JSON.parse` plus one prepared upsert into a single table shaped like the vulnerable
 * item table, one transaction per chunk, and nothing else (no normalisation, asset lookup, rules,
 * queue or heartbeats). It runs on a separate table of the same kind of store.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import type { StoreDialect } from '../src-server/node/store/dialect';

/** The columns a vulnerable item stores, read straight from a raw Tenable VM record. */
const COLUMNS = [
  'dedupe_key', 'asset_uuid', 'source_finding_id', 'plugin_id', 'plugin_name', 'plugin_family', 'cve', 'cvss', 'vpr', 'exploit_available',
  'severity', 'severity_modification', 'remote_state', 'first_found', 'last_found', 'last_fixed', 'port', 'protocol', 'output', 'last_run',
] as const;

type RawRecord = {
  finding_id?: string;
  asset?: { uuid?: string };
  plugin?: { id?: number; name?: string; family?: string; cve?: string[]; cvss3_base_score?: number; vpr?: { score?: number }; exploit_available?: boolean };
  port?: { port?: number; protocol?: string };
  severity?: string;
  severity_modification_type?: string;
  state?: string;
  first_found?: string;
  last_found?: string;
  last_fixed?: string;
  output?: string;
};

function valuesOf(record: RawRecord): (string | number | null)[] {
  const plugin = record.plugin ?? {};
  const port = record.port ?? {};
  return [
    `${record.asset?.uuid ?? ''}:${plugin.id ?? ''}:${port.port ?? 0}:${port.protocol ?? ''}`,
    record.asset?.uuid ?? null,
    record.finding_id ?? null,
    plugin.id === undefined ? null : String(plugin.id),
    plugin.name ?? null,
    plugin.family ?? null,
    plugin.cve && plugin.cve.length > 0 ? plugin.cve.join(',') : null,
    plugin.cvss3_base_score ?? null,
    plugin.vpr?.score ?? null,
    plugin.exploit_available ? 1 : 0,
    record.severity ?? null,
    record.severity_modification_type ?? null,
    record.state ?? null,
    record.first_found ?? null,
    record.last_found ?? null,
    record.last_fixed ?? null,
    port.port ?? null,
    port.protocol ?? null,
    record.output ?? null,
    'bench',
  ];
}

export interface BareLimitResult {
  readonly records: number;
  readonly seconds: number;
  readonly perSecond: number;
}

export interface BareLimitSink {
  /** Parses one chunk and upserts its records in one transaction; returns the records written. */
  write(chunk: string): Promise<number>;
  close(): Promise<void>;
}

export function sqliteBareSink(file: string): BareLimitSink {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`create table if not exists bare_item (${COLUMNS.map((c) => `${c} ${c === 'dedupe_key' ? 'text primary key' : ''}`).join(', ')})`);
  const upsert = db.prepare(
    `insert into bare_item (${COLUMNS.join(', ')}) values (${COLUMNS.map(() => '?').join(', ')})
     on conflict (dedupe_key) do update set ${COLUMNS.slice(1).map((c) => `${c} = excluded.${c}`).join(', ')}`,
  );
  const writeAll = db.transaction((records: RawRecord[]) => {
    for (const record of records) upsert.run(valuesOf(record));
  });
  return {
    write: async (chunk) => {
      const records = JSON.parse(chunk) as RawRecord[];
      writeAll(records);
      return records.length;
    },
    close: async () => void db.close(),
  };
}

/** PostgreSQL: one prepared multi-row upsert over `unnest` arrays (the fastest plain SQL path). */
export async function postgresBareSink(url: string): Promise<BareLimitSink> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('drop table if exists bare_item');
  await client.query(`create table bare_item (${COLUMNS.map((c) => `${c} ${c === 'dedupe_key' ? 'text primary key' : ['cvss', 'vpr'].includes(c) ? 'double precision' : ['port', 'exploit_available'].includes(c) ? 'integer' : 'text'}`).join(', ')})`);
  const types = COLUMNS.map((c) => (['cvss', 'vpr'].includes(c) ? 'float8' : ['port', 'exploit_available'].includes(c) ? 'int4' : 'text'));
  const text = `insert into bare_item (${COLUMNS.join(', ')}) select * from unnest(${types.map((t, i) => `$${i + 1}::${t}[]`).join(', ')})
    on conflict (dedupe_key) do update set ${COLUMNS.slice(1).map((c) => `${c} = excluded.${c}`).join(', ')}`;
  const SLICE = 5000;
  return {
    write: async (chunk) => {
      const records = JSON.parse(chunk) as RawRecord[];
      await client.query('begin');
      for (let start = 0; start < records.length; start += SLICE) {
        // Unique keys per statement: ON CONFLICT cannot touch one row twice in one command.
        const byKey = new Map<unknown, (string | number | null)[]>();
        for (const record of records.slice(start, start + SLICE)) {
          const values = valuesOf(record);
          byKey.set(values[0], values);
        }
        const columns: (string | number | null)[][] = COLUMNS.map(() => []);
        for (const values of byKey.values()) values.forEach((value, i) => (columns[i] as (string | number | null)[]).push(value));
        await client.query({ name: 'bare_upsert', text, values: columns });
      }
      await client.query('commit');
      return records.length;
    },
    close: async () => {
      await client.query('drop table if exists bare_item');
      await client.end();
    },
  };
}

/** Times the sink over every chunk `nextChunk` yields (loading a chunk is not timed). */
export async function measureBareLimit(sink: BareLimitSink, nextChunk: () => Promise<string | null>): Promise<BareLimitResult> {
  let records = 0;
  let ms = 0;
  for (let chunk = await nextChunk(); chunk !== null; chunk = await nextChunk()) {
    const started = performance.now();
    records += await sink.write(chunk);
    ms += performance.now() - started;
  }
  await sink.close();
  return { records, seconds: ms / 1000, perSecond: ms > 0 ? records / (ms / 1000) : 0 };
}

export function bareSinkFor(dialect: StoreDialect, location: string): Promise<BareLimitSink> | BareLimitSink {
  return dialect === 'sqlite' ? sqliteBareSink(location) : postgresBareSink(location);
}
