/** The two stores the local host runs on: embedded SQLite by default, PostgreSQL to scale out. */
export type StoreDialect = 'sqlite' | 'postgres';
