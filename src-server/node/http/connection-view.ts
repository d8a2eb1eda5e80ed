/** How a connection leaves the host: secrets replaced by whether each is set. */
import type { ConnectionView } from '../../../src-shared/contract/connection-contract';
import type { TableDef } from '../../../src-shared/model/column';
import { secretPresence, withoutSecrets } from '../security/secret-cipher';
import type { Row } from '../store/record-codec';

/** The key of the presence object; lists build the same view in the store (listProjection's presenceAs). */
export const CREDENTIALS_KEY = 'credentials';

export function toConnectionView(table: TableDef, record: Row): ConnectionView {
  const presence = secretPresence(table, record);
  return {
    ...withoutSecrets(table, record),
    [CREDENTIALS_KEY]: { access_key: presence.access_key ?? 'not_set', secret_key: presence.secret_key ?? 'not_set', sc_password: presence.sc_password ?? 'not_set' },
  } as ConnectionView;
}
