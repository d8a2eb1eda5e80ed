import { afterEach, describe, expect, it } from 'vitest';
import {
  deleteConnectorAction,
  disableConnectorAction,
  enableConnectorAction,
  executeFullImportAction,
  executeNowAction,
  testConnectionAction,
  testConnectorConnectionAction,
} from '../../src-server/instance/entry/ui-actions';
import { jsonReply, type GlideDouble } from '../support/glide-double';
import { field, instanceDouble, seedConnection, seedConnector } from './support/instance-fixtures';

let double: GlideDouble;
afterEach(() => double.uninstall());

function current(table: string, id: string) {
  const record = double.record(table);
  record.get(id);
  return record;
}

describe('UI actions tell the user what happened', () => {
  it('Test Connection on a connection: the diagnosis as an info message, or as an error with its fix', () => {
    double = instanceDouble();
    const conn = seedConnection(double);
    double.rest = () => jsonReply(200, { username: 'u' });
    testConnectionAction(current('x_eih_connection', conn));
    expect(double.infoMessages[0]).toMatch(/^Connected to Tenable Vulnerability Management as 'u'\. No action needed/);
    double.rest = () => jsonReply(403, { error: 'Forbidden' });
    testConnectionAction(current('x_eih_connection', conn));
    expect(double.errorMessages[0]).toMatch(/refused the request \(403\).*Give the user/);
  });

  it('Test Connection on a connector tests its connection', () => {
    double = instanceDouble();
    const conn = seedConnection(double);
    const id = seedConnector(double, conn);
    double.rest = () => jsonReply(200, { username: 'u' });
    testConnectorConnectionAction(current('x_eih_connector', id));
    expect(field(double, 'x_eih_connection', conn, 'status')).toBe('success');
    expect(field(double, 'x_eih_connector', id, 'health')).toBe('healthy');
  });

  it('Execute Now and Execute Now with Full data import queue runs; a second press is skipped', () => {
    double = instanceDouble();
    const id = seedConnector(double, seedConnection(double));
    executeNowAction(current('x_eih_connector', id));
    expect(double.infoMessages[0]).toBe('Run queued: the run starts within a minute.');
    executeFullImportAction(current('x_eih_connector', id));
    expect(double.infoMessages[1]).toMatch(/^Full data import queued skipped: trigger 'manual' skipped/);
  });

  it('Disable, Enable and Delete follow the lifecycle; an illegal press shows the machine message', () => {
    double = instanceDouble();
    const id = seedConnector(double, seedConnection(double));
    disableConnectorAction(current('x_eih_connector', id));
    expect(field(double, 'x_eih_connector', id, 'status')).toBe('disabled');
    disableConnectorAction(current('x_eih_connector', id));
    expect(double.errorMessages).toEqual(["connector in state 'disabled' cannot accept event 'disable'"]);
    enableConnectorAction(current('x_eih_connector', id));
    expect(field(double, 'x_eih_connector', id, 'status')).toBe('connecting');
    deleteConnectorAction(current('x_eih_connector', id));
    expect(double.db.rows('x_eih_connector').has(id)).toBe(false);
    expect(double.infoMessages.at(-1)).toBe('Connector and its imported data deleted.');
  });
});
