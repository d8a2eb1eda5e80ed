import { describe, expect, it, vi } from 'vitest';

// @servicenow/glide is types only in Node: stand in for the instance's classes to check that the
// default port calls them the way the Glide API documents.
const calls: string[] = [];
vi.mock('@servicenow/glide', () => {
  class GlideRecord {
    constructor(public table: string) {
      calls.push(`new GlideRecord(${table})`);
    }
    addQuery(f: string, v: string) {
      calls.push(`addQuery(${f},${v})`);
    }
    orderByDesc(f: string) {
      calls.push(`orderByDesc(${f})`);
    }
    query() {}
    private n = 0;
    next() {
      this.n += 1;
      return this.n === 1;
    }
    get(id: string) {
      return id === 'rec1';
    }
    getUniqueValue() {
      return 'att1';
    }
  }
  class GlideDateTime {
    private ms = 1_772_442_000_000;
    getNumericValue() {
      return this.ms;
    }
    setNumericValue(ms: number) {
      this.ms = ms;
    }
    setTimeZone(zone: string) {
      return zone === 'Europe/Paris';
    }
    getTZOffset() {
      return 3_600_000;
    }
  }
  class GlideSysAttachment {
    write(_gr: unknown, name: string) {
      calls.push(`write(${name})`);
      return 'att9';
    }
    getContent() {
      return '[1,2]';
    }
    deleteAttachment(id: string) {
      calls.push(`deleteAttachment(${id})`);
    }
  }
  const gs = {
    getProperty: (name: string, fallback: string) => (name === 'x' ? '5' : fallback),
    setProperty: (n: string, v: string) => calls.push(`setProperty(${n},${v})`),
    hasRole: (r: string) => r === 'x_eih.viewer',
    getUserName: () => 'admin',
    addErrorMessage: (m: string) => calls.push(`error:${m}`),
    addInfoMessage: (m: string) => calls.push(`info:${m}`),
    error: (m: string) => calls.push(`gs.error:${m}`),
    warn: (m: string) => calls.push(`gs.warn:${m}`),
    info: (m: string) => calls.push(`gs.info:${m}`),
    debug: (m: string) => calls.push(`gs.debug:${m}`),
  };
  return { GlideRecord, GlideDateTime, GlideSysAttachment, gs };
});
vi.mock('@servicenow/glide/sn_ws', () => {
  class RESTMessageV2 {
    private endpoint = '';
    setHttpMethod(m: string) {
      calls.push(`method(${m})`);
    }
    setEndpoint(e: string) {
      this.endpoint = e;
    }
    setHttpTimeout(_ms: number) {}
    setRequestHeader(n: string, v: string) {
      calls.push(`header(${n}=${v})`);
    }
    setQueryParameter(n: string, v: string) {
      calls.push(`query(${n}=${v})`);
    }
    setRequestBody(b: string) {
      calls.push(`body(${b})`);
    }
    execute() {
      if (this.endpoint.includes('throw')) throw new Error('java.net.ConnectException: Connection refused');
      return { getStatusCode: () => 429, getBody: () => 'slow down', getHeaders: () => ({ 'Retry-After': 30 }), haveError: () => true, getErrorMessage: () => 'Too Many Requests' };
    }
  }
  return { RESTMessageV2 };
});

const { createDefaultGlide } = await import('../../src-server/instance/glide/glide-default-port');

describe('the default Glide port delegates to the instance APIs', () => {
  const port = createDefaultGlide();

  it('reads the clock, properties, roles and the user; writes messages and logs', () => {
    expect(port.nowMs()).toBe(1_772_442_000_000);
    expect(port.getProperty('x', '1')).toBe('5');
    expect(port.getProperty('y', '1')).toBe('1');
    expect(port.hasRole('x_eih.viewer')).toBe(true);
    expect(port.userName()).toBe('admin');
    port.setProperty('p', '2');
    port.addErrorMessage('e');
    port.addInfoMessage('i');
    for (const level of ['error', 'warn', 'info', 'debug'] as const) port.log(level, level);
    expect(calls).toEqual(expect.arrayContaining(['setProperty(p,2)', 'error:e', 'info:i', 'gs.error:error', 'gs.warn:warn', 'gs.info:info', 'gs.debug:debug']));
  });

  it('executes a RESTMessageV2 synchronously and reports its answer, headers and error text', () => {
    const reply = port.execute({ method: 'POST', endpoint: 'https://t/vulns/export', headers: { 'X-ApiKeys': 'k' }, query: { limit: '1' }, body: '{}', timeoutMs: 1000 });
    expect(reply).toEqual({ status: 429, body: 'slow down', headers: { 'Retry-After': '30' }, errorMessage: 'Too Many Requests' });
    expect(calls).toEqual(expect.arrayContaining(['method(post)', 'header(X-ApiKeys=k)', 'query(limit=1)', 'body({})']));
  });

  it('turns a thrown transport error into status 0 with its text', () => {
    const reply = port.execute({ method: 'GET', endpoint: 'https://throw/x', headers: {}, timeoutMs: 1000 });
    expect(reply.status).toBe(0);
    expect(reply.errorMessage).toMatch(/Connection refused/);
  });

  it('writes, reads and deletes attachments through GlideSysAttachment', () => {
    expect(port.writeAttachment('x_eih_import_queue_entry', 'rec1', 'payload.json', 'application/json', '[]')).toBe('att9');
    expect(port.writeAttachment('x_eih_import_queue_entry', 'missing', 'payload.json', 'application/json', '[]')).toBeNull();
    expect(port.readAttachment('x_eih_import_queue_entry', 'rec1', 'payload.json')).toBe('[1,2]');
    expect(port.deleteAttachments('x_eih_import_queue_entry', 'rec1')).toBe(1);
    expect(calls).toEqual(expect.arrayContaining(['new GlideRecord(sys_attachment)', 'addQuery(table_sys_id,rec1)', 'addQuery(file_name,payload.json)', 'deleteAttachment(att1)']));
  });

  it('reads a zone offset through GlideDateTime, null for an unknown zone', () => {
    expect(port.zoneOffsetMinutes('Europe/Paris', 0)).toBe(60);
    expect(port.zoneOffsetMinutes('Mars/Olympus', 0)).toBeNull();
    expect(port.newRecord('x_eih_connector')).toBeDefined();
  });
});
