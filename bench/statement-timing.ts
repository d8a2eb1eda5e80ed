/**
 * `EIH_BENCH_SQL_TIMES=1`: every SQL statement this process runs is timed, by its text, on both
 * drivers, and when the process exits the slowest statements go to stderr, under the process's
 * role. This is how the statement tables in docs/benchmarks.md were measured. Times are wall
 * clock on the caller's side: on PostgreSQL they include waiting for the server, on SQLite they
 * are the statement's own work. Off (the default), nothing is wrapped.
 */
import Database from 'better-sqlite3';
import pg from 'pg';

const SHOWN = 16;
const TEXT_SHOWN = 110;

interface Timing {
  ms: number;
  calls: number;
}

export function timeStatementsWhenAsked(role: string, env: NodeJS.ProcessEnv = process.env): void {
  if (!env.EIH_BENCH_SQL_TIMES) return;
  const timings = new Map<string, Timing>();
  const record = (sqlText: string, started: number) => {
    const key = sqlText.replace(/\s+/g, ' ').trim().slice(0, TEXT_SHOWN);
    const timing = timings.get(key) ?? { ms: 0, calls: 0 };
    timing.ms += performance.now() - started;
    timing.calls += 1;
    timings.set(key, timing);
  };
  wrapSqlite(record);
  wrapPostgres(record);
  process.on('exit', () => process.stderr.write(report(role, timings)));
}

function wrapSqlite(record: (sqlText: string, started: number) => void): void {
  const prepare = Database.prototype.prepare;
  Database.prototype.prepare = function timedPrepare(this: Database.Database, source: string) {
    const statement = prepare.call(this, source) as Database.Statement;
    for (const method of ['run', 'get', 'all'] as const) {
      const original = statement[method].bind(statement) as (...args: unknown[]) => unknown;
      Object.defineProperty(statement, method, {
        value: (...args: unknown[]) => {
          const started = performance.now();
          try {
            return original(...args);
          } finally {
            record(source, started);
          }
        },
      });
    }
    return statement;
  } as typeof prepare;
}

function wrapPostgres(record: (sqlText: string, started: number) => void): void {
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function timedQuery(this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string };
    const sqlText = typeof first === 'string' ? first : (first.text ?? '?');
    const started = performance.now();
    const result = query.apply(this, args);
    // Kysely always passes a config and awaits the promise; callback forms are not timed.
    if (result instanceof Promise) void result.then(() => record(sqlText, started), () => record(sqlText, started));
    return result;
  } as typeof pg.Client.prototype.query;
}

function report(role: string, timings: ReadonlyMap<string, Timing>): string {
  const rows = [...timings.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, SHOWN);
  const total = [...timings.values()].reduce((sum, t) => sum + t.ms, 0);
  const lines = rows.map(([text, t]) => `${t.ms.toFixed(0).padStart(8)} ms ${String(t.calls).padStart(7)}  ${text}`);
  return `\n[bench] SQL statement time in ${role} (pid ${process.pid}): ${total.toFixed(0)} ms in all\n${lines.join('\n')}\n`;
}
