// The Glide test double the instance tests own: an in-memory GlidePort (tables, business rules,
// properties, roles, messages, logs, attachments, a settable clock and a scripted REST endpoint).
// Nothing here claims to behave like an instance beyond what the instance modules rely on.
import { useGlide, type GlidePort, type LogLevelName, type RestReply, type RestRequest } from '../../../src-server/instance/glide/glide-port';
import { FakeDatabase, type RegisteredRule, type StoredRow } from './fake-database';
import { FakeGlideRecord } from './fake-record';

export { FakeDatabase, FakeGlideRecord };
export type { RegisteredRule, StoredRow };

export const T0 = Date.UTC(2026, 2, 2, 9, 0, 0);

export interface Attachment {
  readonly sysId: string;
  readonly table: string;
  readonly recordId: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly content: string;
}

export type RestHandler = (request: RestRequest, double: GlideDouble) => RestReply;

export interface GlideDouble {
  readonly port: GlidePort;
  readonly db: FakeDatabase;
  readonly properties: Map<string, string>;
  readonly roles: Set<string>;
  readonly errorMessages: string[];
  readonly infoMessages: string[];
  readonly logs: { level: LogLevelName; message: string }[];
  readonly attachments: Attachment[];
  readonly requests: RestRequest[];
  /** Minutes ahead of UTC per zone name; others are unknown. */
  readonly zones: Map<string, number>;
  now: number;
  rest: RestHandler;
  advance(ms: number): void;
  /** A fresh record handle on the double (what `new GlideRecord(table)` gives). */
  record(table: string): FakeGlideRecord;
  /** Rows of a table, decoded as Glide text. */
  rows(table: string): StoredRow[];
  insert(table: string, values: Record<string, string | number | boolean | null>): string;
  /** Writes a row as it would already be on the instance: no business rule runs. */
  insertRaw(table: string, values: Record<string, string | number | boolean | null>): string;
  addRule(rule: RegisteredRule): void;
  install(): void;
  uninstall(): void;
}

export function createGlideDouble(options: { now?: number; roles?: readonly string[] } = {}): GlideDouble {
  let previous: GlidePort | null = null;
  const double: GlideDouble = {
    port: undefined as unknown as GlidePort,
    db: undefined as unknown as FakeDatabase,
    properties: new Map(),
    roles: new Set(options.roles ?? ['x_eih.admin', 'x_eih.viewer']),
    errorMessages: [],
    infoMessages: [],
    logs: [],
    attachments: [],
    requests: [],
    zones: new Map([['UTC', 0], ['Etc/GMT-5', 300]]),
    now: options.now ?? T0,
    rest: (request) => ({ status: 0, body: '', headers: {}, errorMessage: `no scripted reply for ${request.method} ${request.endpoint}` }),
    advance(ms) {
      double.now += ms;
    },
    record: (table) => new FakeGlideRecord(double.db, table),
    rows: (table) => [...double.db.rows(table).values()],
    insert(table, values) {
      const record = double.record(table);
      record.initialize();
      for (const [k, v] of Object.entries(values)) record.setValue(k, v);
      const id = record.insert();
      if (id === null) throw new Error(`glide double: insert into ${table} was aborted`);
      return id;
    },
    insertRaw(table, values) {
      const id = double.db.newId();
      const now = double.db.nowText();
      const row: StoredRow = { sys_id: id, sys_created_on: now, sys_updated_on: now };
      for (const [k, v] of Object.entries(values)) row[k] = v === null ? null : typeof v === 'boolean' ? (v ? '1' : '0') : String(v);
      double.db.rows(table).set(id, row);
      return id;
    },
    addRule(rule) {
      double.db.rules.push(rule);
    },
    install() {
      previous = useGlide(double.port);
    },
    uninstall() {
      useGlide(previous);
    },
  };
  (double as { db: FakeDatabase }).db = new FakeDatabase(() => double.now);
  let attachmentSeq = 0;
  (double as { port: GlidePort }).port = {
    newRecord: (table) => double.record(table),
    nowMs: () => double.now,
    getProperty: (name, fallback) => double.properties.get(name) ?? fallback,
    setProperty: (name, value) => {
      double.properties.set(name, value);
    },
    hasRole: (role) => double.roles.has(role) || (role === 'x_eih.viewer' && double.roles.has('x_eih.admin')),
    userName: () => 'eih.test',
    addErrorMessage: (message) => {
      double.errorMessages.push(message);
    },
    addInfoMessage: (message) => {
      double.infoMessages.push(message);
    },
    log: (level, message) => {
      double.logs.push({ level, message });
    },
    execute: (request) => {
      double.requests.push(request);
      return double.rest(request, double);
    },
    writeAttachment: (table, recordId, fileName, contentType, content) => {
      if (!double.db.rows(table).has(recordId)) return null;
      attachmentSeq += 1;
      const sysId = `att${attachmentSeq}`;
      double.attachments.push({ sysId, table, recordId, fileName, contentType, content });
      return sysId;
    },
    readAttachment: (table, recordId, fileName) => {
      const found = double.attachments.filter((a) => a.table === table && a.recordId === recordId && a.fileName === fileName);
      return found[found.length - 1]?.content ?? null;
    },
    deleteAttachments: (table, recordId) => {
      const before = double.attachments.length;
      const keep = double.attachments.filter((a) => !(a.table === table && a.recordId === recordId));
      double.attachments.splice(0, double.attachments.length, ...keep);
      return before - keep.length;
    },
    zoneOffsetMinutes: (zone) => double.zones.get(zone) ?? null,
  };
  return double;
}

/** A JSON reply as RESTMessageV2 would return it. */
export function jsonReply(status: number, body: unknown, headers: Record<string, string> = {}): RestReply {
  return { status, body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...headers }, errorMessage: '' };
}
