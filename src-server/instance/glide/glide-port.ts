/**
 * The Glide APIs the instance modules use, as small ports. On an instance the default port
 * (glide-default-port.ts) delegates to GlideRecord, GlideDateTime, gs, GlideSysAttachment and
 * sn_ws.RESTMessageV2; in Node `@servicenow/glide` is types only, so tests install the in-memory
 * double (test/support/glide-double) with `useGlide` before calling any module.
 *
 * The record port is the subset of GlideRecord's own API the modules call, so a real GlideRecord
 * (and the `current` a business rule receives) satisfies it as is.
 */
import { createDefaultGlide } from './glide-default-port';

export type LogLevelName = 'debug' | 'info' | 'warn' | 'error';

/** The part of a GlideElement the modules read (`current.getElement('status').changes()`). */
export interface GlideElementPort {
  changes(): boolean;
  getDecryptedValue(): string | null;
}

export interface GlideRecordPort {
  initialize(): void;
  addQuery(field: string, operatorOrValue: string | number | boolean, value?: string | number | boolean): void;
  addNullQuery(field: string): void;
  addEncodedQuery(query: string): void;
  isValidEncodedQuery?(query: string): boolean;
  orderBy(field: string): void;
  orderByDesc(field: string): void;
  setLimit(limit: number): void;
  chooseWindow(first: number, last: number): void;
  query(): void;
  next(): boolean;
  get(sysId: string): boolean;
  getValue(field: string): string | null;
  setValue(field: string, value: string | number | boolean | null): void;
  getElement(field: string): GlideElementPort;
  getUniqueValue(): string;
  getTableName(): string;
  isNewRecord(): boolean;
  insert(): string | null;
  update(): string | null;
  deleteRecord(): boolean;
  /** Deletes every row the filters match (ignores windows; call before query()). */
  deleteMultiple(): void;
  getRowCount(): number;
  setAbortAction(abort: boolean): void;
  isActionAborted?(): boolean;
}

/** What one synchronous RESTMessageV2.execute() gave back. */
export interface RestReply {
  /** 0 when no HTTP answer arrived (DNS, TLS, timeout, refused). */
  readonly status: number;
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
  /** RESTResponseV2.getErrorMessage() when `haveError()`; '' otherwise. */
  readonly errorMessage: string;
}

export interface RestRequest {
  readonly method: string;
  readonly endpoint: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly timeoutMs: number;
}

export interface GlidePort {
  newRecord(table: string): GlideRecordPort;
  /** Epoch ms from `new GlideDateTime().getNumericValue()`. */
  nowMs(): number;
  getProperty(name: string, fallback: string): string;
  setProperty(name: string, value: string): void;
  hasRole(role: string): boolean;
  userName(): string;
  addErrorMessage(message: string): void;
  addInfoMessage(message: string): void;
  log(level: LogLevelName, message: string): void;
  /** sn_ws.RESTMessageV2, executed synchronously. */
  execute(request: RestRequest): RestReply;
  /** GlideSysAttachment.write on the record; returns the attachment sys_id. */
  writeAttachment(table: string, sysId: string, fileName: string, contentType: string, content: string): string | null;
  /** Content of the record's newest attachment with this file name, or null. */
  readAttachment(table: string, sysId: string, fileName: string): string | null;
  deleteAttachments(table: string, sysId: string): number;
  /** Minutes the named zone is ahead of UTC at `epochMs`; null for an unknown zone. */
  zoneOffsetMinutes(zone: string, epochMs: number): number | null;
}

let installed: GlidePort | null = null;

/** The port the modules use: the installed one (tests), else the instance's real Glide APIs. */
export function glide(): GlidePort {
  if (installed === null) installed = createDefaultGlide();
  return installed;
}

/** Tests install their double; returns the previous port so they can restore it. */
export function useGlide(port: GlidePort | null): GlidePort | null {
  const previous = installed;
  installed = port;
  return previous;
}
