import type pino from 'pino';
import type { OpenedDatabase } from './store/open-database';
import type { RecordStore } from './store/record-store';
import type { SecretCipher } from './security/secret-cipher';
import type { Row } from './store/record-codec';
import type { ConnectionTestInput } from '../../src-shared/core/connection-diagnosis';
import type { Platform } from '../../src-shared/model/vocabulary';

/** What every part of the local host is handed: no globals, so tests build their own. */
/** What a connection test asks of Tenable: one credential call, its outcome and probe. */
export interface ConnectionTester {
  test(connection: RevealedConnection): Promise<ConnectionTestInput>;
}

/** A connection record with its secrets opened, for the one call that needs them. */
export type RevealedConnection = Row & { platform: Platform; base_url: string; access_key?: string; secret_key?: string; sc_username?: string; sc_password?: string };

export interface HostServices {
  readonly version: string;
  readonly database: OpenedDatabase;
  readonly records: RecordStore;
  readonly logger: pino.Logger;
  /** Seals secret columns at rest; opens them only for the Tenable call that needs them. */
  readonly secrets: SecretCipher;
  readonly connectionTester: ConnectionTester;
  /** The host's clock, in one place so tests can move it. */
  readonly clock: () => number;
}
