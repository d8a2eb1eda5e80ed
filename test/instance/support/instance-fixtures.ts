// Shared set-up of the instance tests: the Glide double with the app's business rules registered
// as src-server/fluent/business-rules.now.ts declares them, and seed records.
import { onConnectionTested, onRunCompleted, validateConnectorStatus } from '../../../src-server/instance/entry/business-rules';
import { createGlideDouble, type GlideDouble } from '../../support/glide-double';

export function instanceDouble(options: { roles?: readonly string[]; now?: number } = {}): GlideDouble {
  const double = createGlideDouble(options);
  double.addRule({ name: 'EIH propagate connection test', table: 'x_eih_connection', when: 'after', actions: ['update'], script: onConnectionTested as never });
  double.addRule({ name: 'EIH validate connector status', table: 'x_eih_connector', when: 'before', actions: ['insert', 'update'], script: validateConnectorStatus as never });
  double.addRule({ name: 'EIH run completion', table: 'x_eih_integration_run', when: 'after', actions: ['update'], script: onRunCompleted as never });
  double.install();
  return double;
}

export function seedConnection(double: GlideDouble, values: Record<string, string | number | boolean | null> = {}): string {
  return double.insert('x_eih_connection', {
    name: `conn-${double.rows('x_eih_connection').length + 1}`,
    active: true,
    platform: 'tenable_vm',
    base_url: 'https://cloud.tenable.example',
    access_key: 'AK',
    secret_key: 'SK',
    status: 'pending',
    ...values,
  });
}

/** Seeds through insert (rules run) unless the status is one only history can give (then raw). */
export function seedConnector(double: GlideDouble, connection: string, values: Record<string, string | number | boolean | null> = {}): string {
  const initial = values['status'] === undefined || values['status'] === 'connecting' || values['status'] === 'disabled';
  return (initial ? double.insert : double.insertRaw)('x_eih_connector', {
    name: `connector-${double.rows('x_eih_connector').length + 1}`,
    connection,
    active: true,
    status: 'connecting',
    health: 'unknown',
    project_types: 'VM',
    severity_filter: 'info,low,medium,high,critical',
    schedule_run: 'daily',
    schedule_time: '02:00',
    schedule_timezone: 'UTC',
    ...values,
  });
}

/** A stored row's field as Glide text. */
export function field(double: GlideDouble, table: string, id: string, name: string): string | null {
  return double.db.rows(table).get(id)?.[name] ?? null;
}
