/** How a connection leaves the host: secrets replaced by whether each is set. */
import type { ConnectionView } from '../../../src-shared/contract/connection-contract';
import type { TableDef } from '../../../src-shared/model/column';
import type { Row } from '../store/record-codec';

export function secretColumns(table: TableDef): string[] {
  return Object.entries(table.columns)
    .filter(([, column]) => column.type === 'secret')
    .map(([name]) => name);
}

export function withoutSecrets(table: TableDef, record: Row): Row {
  const view: Row = { ...record };
  for (const name of secretColumns(table)) delete view[name];
  return view;
}

export function toConnectionView(table: TableDef, record: Row): ConnectionView {
  const presence = (name: string) => (typeof record[name] === 'string' && (record[name] as string).length > 0 ? 'set' : 'not_set');
  return {
    ...withoutSecrets(table, record),
    credentials: { access_key: presence('access_key'), secret_key: presence('secret_key'), sc_password: presence('sc_password') },
  } as ConnectionView;
}
