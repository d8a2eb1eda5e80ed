import type {
  ConnectionRecord,
  ConnectionTestResult,
  ConnectionWrite,
  ConnectorAsset,
  ConnectorCreate,
  ConnectorRecord,
  IngestionHealth,
  IntegrationRow,
  ListOptions,
  ListPage,
  LogRecord,
  ProcessingHealth,
  ProjectOption,
  PropertyView,
  RunRecord,
  RunSnapshot,
  RunsPerIntegration,
  SessionUser,
  StatusMappingRowView,
} from './hub-types';
import type { ProjectType, Severity } from '../../src-shared/model/vocabulary';

/** The hub's REST base on both hosts (an element's `api-base` attribute overrides it). */
export const DEFAULT_API_BASE = '/api/x_eih/hub';

/**
 * A failed call. `status` is 0 when the hub could not be reached at all; 502/503/504 (a proxy or
 * the instance saying the hub is down) also count as unreachable, so cached data stays on screen.
 */
export class HubError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly detail: string | null = null,
  ) {
    super(message);
    this.name = 'HubError';
  }

  get unreachable(): boolean {
    return this.status === 0 || this.status === 502 || this.status === 503 || this.status === 504;
  }
}

export function isUnreachable(error: unknown): boolean {
  return error instanceof HubError && error.unreachable;
}

export interface EventSourceLike {
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  /** Named events (`event: run`); optional so a minimal test double needs only `onmessage`. */
  addEventListener?(type: string, listener: (event: MessageEvent) => void): void;
  close(): void;
}

/** The event name the hub gives each run snapshot on its Server-Sent Events streams. */
export const RUN_EVENT = 'run';

export interface HubClientOptions {
  apiBase?: string;
  /** Replaces `window.fetch` (tests, or a host page with its own auth). Read at call time. */
  fetch?: typeof fetch;
  /** Replaces `new EventSource(url)` for live progress. */
  eventSource?: (url: string) => EventSourceLike;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Query = Record<string, string | number | boolean | null | undefined>;

/** Keeps `sysparm_*` names the API expects from the friendlier list options. */
function listQuery(options: ListOptions = {}): Query {
  return {
    sysparm_limit: options.limit,
    sysparm_offset: options.offset,
    sysparm_query: options.query,
    sysparm_fields: options.fields?.join(','),
  };
}

/**
 * The typed client of the hub's REST API. Every shape comes from the shared model, contract and
 * metrics types; the client never parses HTML and never builds markup, it only moves JSON.
 */
export class HubClient {
  readonly apiBase: string;
  private readonly fetchOverride: typeof fetch | undefined;
  private readonly eventSourceFactory: ((url: string) => EventSourceLike) | undefined;
  private csrfToken: string | null = null;
  /** GETs on their way, by URL: parts of one page asking for the same answer share one request. */
  private readonly inFlight = new Map<string, Promise<{ result: unknown; total: number | null }>>();

  constructor(options: HubClientOptions = {}) {
    this.apiBase = (options.apiBase ?? DEFAULT_API_BASE).replace(/\/+$/, '');
    this.fetchOverride = options.fetch;
    this.eventSourceFactory = options.eventSource;
  }

  /** The absolute-path URL of a route (`/runs`) with its query; empty values are left out. */
  url(path: string, query: Query = {}): string {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
    }
    const text = params.toString();
    return `${this.apiBase}${path}${text === '' ? '' : `?${text}`}`;
  }

  /**
   * One call: `{ result }` in, `result` out; anything else becomes a HubError. A GET identical to
   * one still on its way joins it (the dashboard's pie and table both ask for the integrations), so
   * the answer is fetched, read and parsed once; callers must treat answers as read-only.
   */
  call<T>(method: Method, path: string, options: { query?: Query; body?: unknown } = {}): Promise<{ result: T; total: number | null }> {
    if (method !== 'GET' || options.body !== undefined) return this.request<T>(method, path, options);
    const url = this.url(path, options.query);
    const pending = this.inFlight.get(url) as Promise<{ result: T; total: number | null }> | undefined;
    if (pending !== undefined) return pending;
    const request = this.request<T>(method, path, options);
    this.inFlight.set(url, request);
    const done = (): void => {
      if (this.inFlight.get(url) === request) this.inFlight.delete(url);
    };
    request.then(done, done);
    return request;
  }

  private async request<T>(method: Method, path: string, options: { query?: Query; body?: unknown }): Promise<{ result: T; total: number | null }> {
    // X-Requested-With: the hub then answers 401 without a Basic challenge, so no browser login box pops up.
    const headers: Record<string, string> = { accept: 'application/json', 'x-requested-with': 'XMLHttpRequest' };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET') {
      // Cookie auth: every state-changing call proves it came from this page.
      const token = this.csrfToken ?? (path.startsWith('/auth/login') ? null : await this.fetchCsrfToken());
      if (token !== null) headers['x-csrf-token'] = token;
    }
    const doFetch = this.fetchOverride ?? ((input: RequestInfo | URL, init?: RequestInit) => window.fetch(input, init));
    let response: Response;
    try {
      response = await doFetch(this.url(path, options.query), {
        method,
        headers,
        credentials: 'same-origin',
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
    } catch (error) {
      throw new HubError(`hub unreachable: ${error instanceof Error ? error.message : String(error)}`, 0);
    }
    const body = await readJson(response);
    if (!response.ok) {
      const envelope = body as { error?: { message?: unknown; detail?: unknown } } | null;
      const message = typeof envelope?.error?.message === 'string' ? envelope.error.message : `hub answered ${response.status} on ${method} ${path}`;
      const detail = typeof envelope?.error?.detail === 'string' ? envelope.error.detail : null;
      throw new HubError(message, response.status, detail);
    }
    const totalHeader = response.headers.get('x-total-count');
    const total = totalHeader === null || totalHeader === '' || !Number.isFinite(Number(totalHeader)) ? null : Number(totalHeader);
    return { result: (body as { result: T } | null)?.result as T, total };
  }

  private async get<T>(path: string, query?: Query): Promise<T> {
    return (await this.call<T>('GET', path, { query })).result;
  }

  private async send<T>(method: Method, path: string, body?: unknown): Promise<T> {
    return (await this.call<T>(method, path, { body })).result;
  }

  async list<T>(path: string, options?: ListOptions): Promise<ListPage<T>> {
    const { result, total } = await this.call<T[]>('GET', path, { query: listQuery(options) });
    return { records: Array.isArray(result) ? result : [], total };
  }

  private async fetchCsrfToken(): Promise<string | null> {
    try {
      return (await this.session()).csrf_token;
    } catch {
      return null;
    }
  }

  // --- auth
  async session(): Promise<SessionUser> {
    const user = await this.get<SessionUser>('/auth/session');
    this.csrfToken = user.csrf_token;
    return user;
  }
  async login(user_name: string, password: string): Promise<SessionUser> {
    const user = await this.send<SessionUser>('POST', '/auth/login', { user_name, password });
    this.csrfToken = user.csrf_token;
    return user;
  }
  async logout(): Promise<void> {
    await this.send('POST', '/auth/logout');
    this.csrfToken = null;
  }

  // --- health and properties
  health(): Promise<{ status: string; store?: string; version?: string }> {
    return this.get('/health');
  }
  properties(): Promise<PropertyView[]> {
    return this.get('/properties');
  }
  updateProperties(values: Record<string, number>): Promise<PropertyView[]> {
    return this.send('PATCH', '/properties', values);
  }

  // --- connections
  connections(options?: ListOptions): Promise<ListPage<ConnectionRecord>> {
    return this.list('/connections', options);
  }
  connection(id: string): Promise<ConnectionRecord> {
    return this.get(`/connections/${encodeURIComponent(id)}`);
  }
  createConnection(body: ConnectionWrite): Promise<ConnectionRecord> {
    return this.send('POST', '/connections', body);
  }
  updateConnection(id: string, body: ConnectionWrite): Promise<ConnectionRecord> {
    return this.send('PATCH', `/connections/${encodeURIComponent(id)}`, body);
  }
  deleteConnection(id: string): Promise<unknown> {
    return this.send('DELETE', `/connections/${encodeURIComponent(id)}`);
  }
  testConnection(id: string): Promise<ConnectionTestResult> {
    return this.send('POST', `/connections/${encodeURIComponent(id)}/test`);
  }
  /** Projects visible to a connection's keys, before a connector exists (wizard). */
  connectionProjects(id: string, type: ProjectType, name = ''): Promise<ProjectOption[]> {
    return this.get(`/connections/${encodeURIComponent(id)}/projects`, { type, name });
  }

  // --- connectors
  connectors(options?: ListOptions): Promise<ListPage<ConnectorRecord>> {
    return this.list('/connectors', options);
  }
  connector(id: string): Promise<ConnectorRecord> {
    return this.get(`/connectors/${encodeURIComponent(id)}`);
  }
  createConnector(body: ConnectorCreate): Promise<ConnectorRecord> {
    return this.send('POST', '/connectors', body);
  }
  updateConnector(id: string, body: Partial<ConnectorRecord>): Promise<ConnectorRecord> {
    return this.send('PATCH', `/connectors/${encodeURIComponent(id)}`, body);
  }
  deleteConnector(id: string): Promise<ConnectorRecord> {
    return this.send('DELETE', `/connectors/${encodeURIComponent(id)}`);
  }
  connectorAction(id: string, action: 'test' | 'enable' | 'disable' | 'cancel'): Promise<ConnectorRecord & { message?: string }> {
    return this.send('POST', `/connectors/${encodeURIComponent(id)}/${action}`);
  }
  execute(id: string, fullImport: boolean): Promise<RunRecord> {
    return this.send('POST', `/connectors/${encodeURIComponent(id)}/execute`, { full_import: fullImport });
  }
  connectorProjects(id: string, type: ProjectType, name = ''): Promise<ProjectOption[]> {
    return this.get(`/connectors/${encodeURIComponent(id)}/projects`, { type, name });
  }
  connectorAssets(id: string): Promise<ConnectorAsset[]> {
    return this.get(`/connectors/${encodeURIComponent(id)}/assets`);
  }
  connectorLogs(id: string, filter: { stage?: string; level?: string; since?: string } = {}): Promise<LogRecord[]> {
    return this.get(`/connectors/${encodeURIComponent(id)}/logs`, filter);
  }
  statusMapping(id: string): Promise<StatusMappingRowView[]> {
    return this.get(`/connectors/${encodeURIComponent(id)}/status-mapping`);
  }
  saveStatusMapping(id: string, rows: StatusMappingRowView[]): Promise<StatusMappingRowView[]> {
    return this.send('PUT', `/connectors/${encodeURIComponent(id)}/status-mapping`, rows);
  }
  severityFilter(id: string): Promise<{ severities: Severity[] }> {
    return this.get(`/connectors/${encodeURIComponent(id)}/severity-filter`);
  }
  saveSeverityFilter(id: string, severities: Severity[]): Promise<{ severities: Severity[] }> {
    return this.send('PUT', `/connectors/${encodeURIComponent(id)}/severity-filter`, { severities });
  }

  // --- runs and dashboard
  runs(options?: ListOptions): Promise<ListPage<RunRecord>> {
    return this.list('/runs', options);
  }
  dashboardRuns(days: 7 | 30, connector?: string | null): Promise<RunsPerIntegration> {
    return this.get('/dashboard/runs', { days, connector });
  }
  dashboardIngestion(days: 7 | 30, connector?: string | null): Promise<IngestionHealth> {
    return this.get('/dashboard/ingestion', { days, connector });
  }
  dashboardProcessing(connector?: string | null): Promise<ProcessingHealth> {
    return this.get('/dashboard/processing', { days: 30, connector });
  }
  dashboardIntegrations(): Promise<IntegrationRow[]> {
    return this.get('/dashboard/integrations');
  }

  /** Live run snapshots (`/runs/{id}/events`, or every run when id is omitted). Returns a closer. */
  watchRuns(id: string | null, onSnapshot: (snapshot: RunSnapshot) => void, onError?: () => void): () => void {
    const url = this.url(id === null ? '/runs/events' : `/runs/${encodeURIComponent(id)}/events`);
    const source: EventSourceLike = this.eventSourceFactory ? this.eventSourceFactory(url) : new EventSource(url, { withCredentials: true });
    const receive = (event: MessageEvent): void => {
      try {
        onSnapshot(JSON.parse(String(event.data)) as RunSnapshot);
      } catch {
        // A malformed frame is skipped; the next snapshot carries the whole state again.
      }
    };
    // The hub names its frames `event: run`, which EventSource delivers to `run` listeners only,
    // never to onmessage; unnamed frames (another host, a proxy) still arrive through onmessage.
    source.onmessage = receive;
    source.addEventListener?.(RUN_EVENT, receive);
    source.onerror = () => onError?.();
    return () => source.close();
  }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

const shared = new Map<string, HubClient>();

/** One client per API base, so every element on a page shares its CSRF token. */
export function hubClient(apiBase: string = DEFAULT_API_BASE): HubClient {
  let client = shared.get(apiBase);
  if (client === undefined) {
    client = new HubClient({ apiBase });
    shared.set(apiBase, client);
  }
  return client;
}
