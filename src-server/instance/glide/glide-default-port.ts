/**
 * The real Glide APIs behind the ports. This is the only module (with the REST message below) that
 * touches `@servicenow/glide`; it runs on the instance only. In Node the package is types only, so
 * nothing here is called there: tests install their double with `useGlide` first.
 */
import { GlideDateTime, GlideRecord, GlideSysAttachment, gs } from '@servicenow/glide';
// Namespaced Glide APIs are imported from their namespace (the SDK's module guide); the
// architecture lint allows only the package root, so this one import is exempted on purpose.
// eslint-disable-next-line no-restricted-imports
import { RESTMessageV2 } from '@servicenow/glide/sn_ws';
import type { GlidePort, GlideRecordPort, LogLevelName, RestReply, RestRequest } from './glide-port';

function newRecord(table: string): GlideRecordPort {
  return new GlideRecord(table) as unknown as GlideRecordPort;
}

function execute(request: RestRequest): RestReply {
  const message = new RESTMessageV2();
  message.setHttpMethod(request.method.toLowerCase());
  message.setEndpoint(request.endpoint);
  message.setHttpTimeout(request.timeoutMs);
  for (const name of Object.keys(request.headers)) message.setRequestHeader(name, request.headers[name]);
  const query = request.query ?? {};
  for (const name of Object.keys(query)) message.setQueryParameter(name, query[name]);
  if (request.body !== undefined) message.setRequestBody(request.body);
  // execute() throws on some transport failures instead of returning status 0: both become a reply.
  try {
    const response = message.execute();
    const headers: Record<string, string> = {};
    const raw = response.getHeaders() as Record<string, unknown>;
    for (const name of Object.keys(raw)) headers[name] = String(raw[name]);
    return {
      status: response.getStatusCode(),
      body: String(response.getBody() ?? ''),
      headers,
      errorMessage: response.haveError() ? String(response.getErrorMessage()) : '',
    };
  } catch (error) {
    return { status: 0, body: '', headers: {}, errorMessage: String(error) };
  }
}

function attachmentRecords(table: string, sysId: string, fileName: string | null): GlideRecordPort {
  const attachments = newRecord('sys_attachment');
  attachments.addQuery('table_name', table);
  attachments.addQuery('table_sys_id', sysId);
  if (fileName !== null) attachments.addQuery('file_name', fileName);
  attachments.orderByDesc('sys_created_on');
  attachments.query();
  return attachments;
}

function log(level: LogLevelName, message: string): void {
  if (level === 'error') gs.error(message);
  else if (level === 'warn') gs.warn(message);
  else if (level === 'info') gs.info(message);
  else gs.debug(message);
}

export function createDefaultGlide(): GlidePort {
  return {
    newRecord,
    nowMs: () => new GlideDateTime().getNumericValue(),
    getProperty: (name, fallback) => String(gs.getProperty(name, fallback)),
    setProperty: (name, value) => gs.setProperty(name, value),
    hasRole: (role) => gs.hasRole(role),
    userName: () => gs.getUserName(),
    addErrorMessage: (message) => gs.addErrorMessage(message),
    addInfoMessage: (message) => gs.addInfoMessage(message),
    log,
    execute,
    writeAttachment: (table, sysId, fileName, contentType, content) => {
      const record = newRecord(table);
      if (!record.get(sysId)) return null;
      const written: unknown = new GlideSysAttachment().write(record as unknown as GlideRecord, fileName, contentType, content);
      return typeof written === 'string' ? written : null;
    },
    readAttachment: (table, sysId, fileName) => {
      const attachments = attachmentRecords(table, sysId, fileName);
      if (!attachments.next()) return null;
      return String(new GlideSysAttachment().getContent(attachments as unknown as GlideRecord));
    },
    deleteAttachments: (table, sysId) => {
      const attachments = attachmentRecords(table, sysId, null);
      const store = new GlideSysAttachment();
      let count = 0;
      while (attachments.next()) {
        store.deleteAttachment(attachments.getUniqueValue());
        count += 1;
      }
      return count;
    },
    zoneOffsetMinutes: (zone, epochMs) => {
      const at = new GlideDateTime();
      at.setNumericValue(epochMs);
      if (!at.setTimeZone(zone)) return null;
      return Math.round(at.getTZOffset() / 60000);
    },
  };
}
