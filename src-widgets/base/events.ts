import type {
  ChartElement,
  ConnectionRecord,
  ConnectionTestResult,
  ConnectorRecord,
  DrillDown,
  ProjectSelection,
  PropertyView,
  RunRecord,
  RunSnapshot,
  SessionUser,
  StatusMappingRowView,
} from '../client/hub-types';
import type { Severity } from '../../src-shared/model/vocabulary';

/** The detail of every `eih-*` event, by event name. */
export interface EihEventDetails {
  /** A chart part, tile or row was selected: the records behind it. */
  'eih-drill-down': { element: ChartElement; drillDown: DrillDown; title: string };
  /** The 7 / 30 day window changed. */
  'eih-window-change': { days: 7 | 30 };
  /** "Review" on an integration. */
  'eih-review': { connector: string; name: string };
  /** Open a workspace route (hash without the `#`), e.g. `/connectors/abc`. */
  'eih-navigate': { route: string };
  'eih-connection-saved': { connection: ConnectionRecord; created: boolean };
  'eih-connection-tested': { connection: string; result: ConnectionTestResult };
  'eih-connector-created': { connector: ConnectorRecord };
  /** Enable, disable, delete, test or cancel done on a connector. */
  'eih-connector-changed': { connector: ConnectorRecord; action: 'enable' | 'disable' | 'delete' | 'test' | 'cancel' };
  'eih-mapping-change': { rows: StatusMappingRowView[] };
  'eih-severity-change': { severities: Severity[] };
  'eih-projects-change': { importAll: boolean; projects: ProjectSelection[] };
  'eih-execute': { run: RunRecord; fullImport: boolean };
  'eih-run-progress': { snapshot: RunSnapshot };
  'eih-properties-saved': { properties: PropertyView[] };
  'eih-signed-in': { user: SessionUser };
  'eih-signed-out': Record<string, never>;
}

export type EihEvent<K extends keyof EihEventDetails> = CustomEvent<EihEventDetails[K]>;

declare global {
  interface GlobalEventHandlersEventMap {
    'eih-drill-down': EihEvent<'eih-drill-down'>;
    'eih-window-change': EihEvent<'eih-window-change'>;
    'eih-review': EihEvent<'eih-review'>;
    'eih-navigate': EihEvent<'eih-navigate'>;
    'eih-connection-saved': EihEvent<'eih-connection-saved'>;
    'eih-connection-tested': EihEvent<'eih-connection-tested'>;
    'eih-connector-created': EihEvent<'eih-connector-created'>;
    'eih-connector-changed': EihEvent<'eih-connector-changed'>;
    'eih-mapping-change': EihEvent<'eih-mapping-change'>;
    'eih-severity-change': EihEvent<'eih-severity-change'>;
    'eih-projects-change': EihEvent<'eih-projects-change'>;
    'eih-execute': EihEvent<'eih-execute'>;
    'eih-run-progress': EihEvent<'eih-run-progress'>;
    'eih-properties-saved': EihEvent<'eih-properties-saved'>;
    'eih-signed-in': EihEvent<'eih-signed-in'>;
    'eih-signed-out': EihEvent<'eih-signed-out'>;
  }
}

/** An `eih-*` event: bubbles and composed (heard through every shadow root), cancelable. */
export function eihEvent<K extends keyof EihEventDetails>(type: K, detail: EihEventDetails[K]): EihEvent<K> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: true });
}
