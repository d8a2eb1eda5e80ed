/** Opens a file store, writes, closes it, then prints: the test checks the print happens. */
import { sql } from 'kysely';
import { openDatabase } from '../../../src-server/node/store/open-database';

const opened = openDatabase({ dialect: 'sqlite', location: process.argv[2] as string });
await sql`create table t (n integer)`.execute(opened.db);
await sql`insert into t values (1)`.execute(opened.db);
await opened.close();
process.stdout.write('closed\n');
