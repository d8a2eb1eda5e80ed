/**
 * The API benchmark's server process: a fresh SQLite store seeded with a history, the real app on
 * a loopback port with an admin bearer token. It answers one JSON line (base URL, token) and runs
 * until its parent closes stdin, so the load generator never shares its event loop.
 */
import Database from 'better-sqlite3';
import { openBenchStore } from './bench-store';
import { startApiServer } from './api-server';
import { seedDashboardHistory, type DashboardSizes } from './dashboard-seed';

const sizes = JSON.parse(process.argv[2] ?? '{}') as DashboardSizes;
/** Experiment (`--list-index on`): the index the default list order needs, which the model lacks. */
const listIndex = process.argv[3] === 'list-index';
const store = await openBenchStore('sqlite');
const now = Date.now();
store.setClock(() => now);
const seeded = seedDashboardHistory(store.location, sizes, now);
if (listIndex) {
  const db = new Database(store.location);
  for (const table of ['x_eih_connection', 'x_eih_connector', 'x_eih_integration_run', 'x_eih_vulnerable_item']) db.exec(`create index if not exists bench_${table}__created on ${table} (sys_created_on, sys_id)`);
  db.close();
}
const server = await startApiServer(store.services);
process.stdout.write(`${JSON.stringify({ baseUrl: server.baseUrl, token: server.token, seedSeconds: seeded.seconds })}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  void server
    .close()
    .then(() => store.close())
    .then(() => process.exit(0));
});
