/**
 * Carries out a planner's HTTP commands against one Tenable connection: adds the auth headers the
 * planner only names, keeps the Security Center session (token + cookie) out of planner state,
 * times every request (the dashboard's REST API time), never follows a redirect, and turns what
 * fetch throws into the planner's network_error event. Several chunk downloads may run at once
 * (the export planner asks for a few in parallel); nothing here is per request but the timing,
 * which counts overlapping requests once.
 */
import type { FetchChunkCommand, PlannerEvent, RequestCommand } from '../../../src-shared/tenable/planner-protocol';
import type { RevealedConnection } from '../host-services';
import { networkFailureOf } from '../tenable/network-failure';
import { scApiKeysHeader, usesScApiKeys, vmApiKeysHeader } from '../tenable/tenable-auth';
import { USER_AGENT } from '../tenable/user-agent';
import { headerRecord } from '../tenable/header-record';
import { countJsonArray } from './json-array-count';

export interface TransportOptions {
  readonly requestTimeoutMs: number;
  /**
   * Called as each request ends, with the wall time requests were in flight since the last call:
   * summed into the run's REST API time, which so counts parallel chunk downloads once and never
   * exceeds the run's duration. Requests one after another report their own durations.
   */
  readonly onRequestMs: (ms: number) => void;
}

export interface SavedChunk {
  readonly text: string;
  readonly records: number;
}

const MAX_ERROR_BODY = 64 * 1024;

export class TenableTransport {
  private scToken: string | null = null;
  private scCookie: string | null = null;
  /** Requests in flight, and since when their time has not been reported. */
  private inFlight = 0;
  private unreportedSince = 0;
  tokenRegenerated = false;

  constructor(
    private readonly connection: RevealedConnection,
    private readonly options: TransportOptions,
  ) {}

  private url(path: string, query?: Readonly<Record<string, string>>): string {
    const base = this.connection.base_url.replace(/\/+$/, '');
    const search = query && Object.keys(query).length > 0 ? `?${new URLSearchParams(query as Record<string, string>).toString()}` : '';
    return `${base}${path}${search}`;
  }

  private authHeaders(auth: RequestCommand['auth']): Record<string, string> {
    if (auth === 'sc_session') {
      return { ...(this.scToken ? { 'X-SecurityCenter': this.scToken } : {}), ...(this.scCookie ? { Cookie: this.scCookie } : {}) };
    }
    if (auth === 'sc_login') return {};
    return this.connection.platform === 'tenable_sc' ? (usesScApiKeys(this.connection) ? scApiKeysHeader(this.connection) : {}) : vmApiKeysHeader(this.connection);
  }

  /**
   * One request, read to the end by `read`, timed from send to the last body byte: a chunk's
   * download is most of its cost, so the REST API time must include it. The timeout covers the
   * body too (the abort signal stays attached to the stream), and so does the caller's `cancel`.
   */
  private async timed<T>(url: string, init: RequestInit, read: (response: Response) => Promise<T>, cancel?: AbortSignal): Promise<T> {
    if (this.inFlight++ === 0) this.unreportedSince = performance.now();
    const timeout = AbortSignal.timeout(this.options.requestTimeoutMs);
    try {
      const response = await fetch(url, { ...init, redirect: 'manual', signal: cancel ? AbortSignal.any([timeout, cancel]) : timeout });
      return await read(response);
    } finally {
      const now = performance.now();
      this.inFlight -= 1;
      this.options.onRequestMs(now - this.unreportedSince);
      this.unreportedSince = now;
    }
  }

  async request(command: RequestCommand): Promise<PlannerEvent> {
    let body = command.body;
    if (command.auth === 'sc_login' && body && typeof body === 'object' && !Array.isArray(body)) {
      body = { ...(body as Record<string, unknown>), username: this.connection.sc_username ?? '', password: this.connection.sc_password ?? '' } as typeof body;
    }
    try {
      const { response, text } = await this.timed(
        this.url(command.path, command.query),
        {
          method: command.method,
          headers: { 'User-Agent': USER_AGENT, Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...this.authHeaders(command.auth) },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        },
        async (res) => ({ response: res, text: await res.text() }),
      );
      let parsed: unknown = text.slice(0, MAX_ERROR_BODY);
      try {
        parsed = JSON.parse(text);
      } catch {
        // Gateways answer HTML (429 pages); the planner reads text too.
      }
      const headers = headerRecord(response.headers);
      if (command.auth === 'sc_login') this.keepScSession(parsed, headers);
      return { type: 'reply', requestId: command.id, status: response.status, body: parsed, headers };
    } catch (error) {
      return { type: 'network_error', requestId: command.id, failure: { message: describe(error), code: networkFailureOf(error) } };
    }
  }

  private keepScSession(body: unknown, headers: Record<string, string>): void {
    const token = (body as { response?: { token?: unknown } } | null)?.response?.token;
    if (token === undefined || token === null) return;
    if (this.scToken !== null) this.tokenRegenerated = true;
    this.scToken = String(token);
    const cookie = headers['set-cookie']?.split(';')[0];
    if (cookie) this.scCookie = cookie;
  }

  /**
   * Downloads one export chunk as text (it is stored as is: the page is parsed again when it is
   * processed). A chunk that is not a JSON array is a failed chunk, never an empty page. `cancel`
   * aborts a download nobody waits for any more (the run ended while it was in flight).
   */
  async fetchChunk(command: FetchChunkCommand, cancel?: AbortSignal): Promise<{ ok: true; chunk: SavedChunk } | { ok: false; event: PlannerEvent }> {
    try {
      const { response, text } = await this.timed(
        this.url(command.path),
        { method: 'GET', headers: { 'User-Agent': USER_AGENT, ...this.authHeaders('api_keys') } },
        async (res) => ({ response: res, text: await res.text() }),
        cancel,
      );
      if (response.status !== 200) {
        return { ok: false, event: { type: 'chunk_failed', chunkId: command.chunkId, status: response.status, message: text.slice(0, 500), headers: headerRecord(response.headers) } };
      }
      const records = countJsonArray(text);
      if (records === null) {
        return { ok: false, event: { type: 'chunk_failed', chunkId: command.chunkId, status: null, message: `chunk ${command.chunkId} is not a JSON array (${text.length} bytes)` } };
      }
      return { ok: true, chunk: { text, records } };
    } catch (error) {
      return { ok: false, event: { type: 'chunk_failed', chunkId: command.chunkId, status: null, message: describe(error) } };
    }
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return cause?.code ? `${error.message} (${cause.code})` : error.message;
  }
  return String(error);
}
