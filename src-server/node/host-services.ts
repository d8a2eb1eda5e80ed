import type pino from 'pino';
import type { OpenedDatabase } from './store/open-database';
import type { RecordStore } from './store/record-store';

/** What every part of the local host is handed: no globals, so tests build their own. */
export interface HostServices {
  readonly version: string;
  readonly database: OpenedDatabase;
  readonly records: RecordStore;
  readonly logger: pino.Logger;
}
