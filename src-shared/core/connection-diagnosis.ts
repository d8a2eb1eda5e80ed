import { labelOf } from '../model/column';
import type { Platform } from '../model/vocabulary';
import { headerValue, type CallOutcome, type HttpOutcome, type NetworkFailure } from './http-outcome';
import { retryAfterSeconds } from './retry-after';

/**
 * Turns the answer to a "Test connection" call into what the connection record shows: status,
 * HTTP code, a message saying what happened and a suggestion saying what the admin should do.
 * Tenable's own app leaves admins guessing ("Error 403"); every branch here names a concrete fix.
 */

/** Which call the host made to test the credentials (see notes/tenable-api.md). */
export const CONNECTION_PROBES = ['session', 'server_status', 'was_configs', 'sc_token', 'sc_current_user'] as const;
export type ConnectionProbe = (typeof CONNECTION_PROBES)[number];

export interface ConnectionTestInput {
  readonly platform: Platform;
  readonly outcome: CallOutcome;
  readonly probe?: ConnectionProbe;
  /** Web App Scanning projects the keys can see, when the host already counted them. */
  readonly wasProjectCount?: number;
  /** Named in messages so the admin sees which address failed. */
  readonly baseUrl?: string;
  /** ctx.now; needed only to read a `Retry-After` given as an HTTP date. */
  readonly now?: number;
}

/** Machine-readable cause, so hosts and widgets can branch without parsing the message. */
export const DIAGNOSIS_REASONS = [
  'ok',
  'no_projects_visible',
  'credentials_not_checked',
  'not_tenable_api',
  'server_not_ready',
  'invalid_credentials',
  'missing_permission',
  'was_not_licensed',
  'wrong_base_url',
  'rate_limited',
  'server_error',
  'service_unavailable',
  'redirected',
  'conflicting_credentials',
  'bad_request',
  'unexpected_status',
  'sc_token_expired',
  'sc_max_sessions',
  'sc_error',
  'dns',
  'tls',
  'timeout',
  'refused',
  'reset',
] as const;
export type DiagnosisReason = (typeof DIAGNOSIS_REASONS)[number];

export interface ConnectionDiagnosis {
  readonly status: 'success' | 'error';
  /** HTTP status of the credential call; null when no HTTP answer arrived. */
  readonly statusCode: number | null;
  readonly reason: DiagnosisReason;
  readonly message: string;
  readonly suggestion: string;
  /** Whether simply trying again later may succeed (rate limits, outages, network blips). */
  readonly retryable: boolean;
  readonly retryAfterSeconds?: number;
}

const NO_ACTION = 'No action needed: connectors using this connection can run.';

export function diagnoseConnectionTest(input: ConnectionTestInput): ConnectionDiagnosis {
  const { outcome } = input;
  if (outcome.kind === 'network') return diagnoseNetwork(input, outcome.failure);
  const status = outcome.status;
  if (status >= 200 && status < 300 && looksLikeWebPage(outcome.body)) return notTenableApi(input, status);
  if (input.platform === 'tenable_sc') {
    const answer = diagnoseSecurityCenterBody(input, outcome);
    if (answer !== null) return answer;
  }
  if (status >= 200 && status < 300) return diagnoseSuccess(input, outcome);
  if (status === 401) return invalidCredentials(input, outcome);
  if (status === 403) return forbidden(input, outcome);
  if (status === 404) return wrongBaseUrl(input, status);
  if (status === 429) return rateLimited(input, outcome);
  if (status >= 500 && status < 600) return serverSide(input, status);
  if (status >= 300 && status < 400) return redirected(input, status);
  if (status === 400) return badRequest(input, outcome);
  return error(status, 'unexpected_status', `${product(input)} answered with unexpected HTTP status ${status}${at(input)}.`,
    `Check that the base URL is the ${product(input)} API address (${expectedBaseUrl(input.platform)}) and test again; if the status persists, share it with Tenable support.`, false);
}

function diagnoseNetwork(input: ConnectionTestInput, failure: NetworkFailure): ConnectionDiagnosis {
  const onPrem = input.platform === 'tenable_sc';
  switch (failure) {
    case 'dns':
      return error(null, 'dns', `The host name${at(input)} could not be resolved (DNS lookup failed).`,
        onPrem
          ? 'Check the spelling of the Security Center host in the base URL and that the name resolves from the hub\'s network; for an on-premises server reachable only inside your network, use its internal DNS name or IP address, or route the call through a MID server.'
          : `Check the spelling of the base URL (${expectedBaseUrl(input.platform)}) and that the hub's network can resolve public host names (DNS server, proxy settings).`,
        true);
    case 'tls':
      return error(null, 'tls', `The TLS handshake${at(input)} failed: the server's certificate was not accepted.`,
        onPrem
          ? 'Security Center often uses a self-signed certificate: import its CA certificate into the hub\'s trust store (on ServiceNow, import the certificate or use a MID server that trusts it). Also check that the base URL starts with https:// and uses the HTTPS port.'
          : 'Check that the base URL starts with https:// and points at Tenable itself; if a proxy inspects TLS, add its CA certificate to the hub\'s trust store or exempt the Tenable host from inspection.',
        false);
    case 'timeout':
      return error(null, 'timeout', `No answer came back${at(input)} before the time limit.`,
        onPrem
          ? 'Check that a firewall allows HTTPS (port 443) from the hub to the Security Center host, or route the call through a MID server inside your network; then test again.'
          : 'Check that the firewall or proxy allows outbound HTTPS (port 443) from the hub to the Tenable host, then test again; if Tenable is slow right now, wait a few minutes and retry.',
        true);
    case 'refused':
      return error(null, 'refused', `The connection${at(input)} was refused: nothing is listening on that address and port.`,
        'Check the port in the base URL (HTTPS uses 443 unless your server was set up otherwise) and that the Tenable service is running on that host; then test again.',
        true);
    case 'reset':
      return error(null, 'reset', `The connection${at(input)} was reset before an answer arrived.`,
        'A proxy, firewall or TLS inspection device usually cuts such connections: allow the Tenable host through it (or exempt it from TLS inspection) and test again.',
        true);
  }
}

function diagnoseSuccess(input: ConnectionTestInput, outcome: HttpOutcome): ConnectionDiagnosis {
  const status = outcome.status;
  const body = asRecord(outcome.body);
  if (input.probe === 'server_status') {
    const serverStatus = typeof body?.['status'] === 'string' ? body['status'] : null;
    if (serverStatus !== null && serverStatus !== 'ready') {
      return error(status, 'server_not_ready', `${product(input)} reports server status '${serverStatus}', not 'ready'.`,
        serverStatus === 'locked'
          ? 'Tenable is locked for maintenance: check status.tenable.com and test again when the maintenance is over.'
          : 'Tenable is still starting up: wait a few minutes and test again.',
        true);
    }
    // /server/status answers without looking at the keys: say so rather than show a false green.
    return {
      status: 'success',
      statusCode: status,
      reason: 'credentials_not_checked',
      message: `${product(input)} is reachable and ready; this probe does not check the API keys.`,
      suggestion: 'Test with the session probe (GET /session) to confirm the access and secret keys before relying on this connection.',
      retryable: false,
    };
  }
  const projects = visibleProjects(input, body);
  if (projects === 0) {
    return {
      status: 'success',
      statusCode: status,
      reason: 'no_projects_visible',
      message: 'Connected to Tenable Web App Scanning, but the API keys can see no Web App Scanning projects (scan configurations).',
      suggestion: 'Nothing will be imported until projects are visible: give the user whose keys these are Can View permission on the scan configurations to import (Tenable Settings > Access Control), or create a Web App Scanning scan, then test again.',
      retryable: false,
    };
  }
  const who = userName(input, body);
  const seen = projects === null ? '' : `; ${projects} Web App Scanning project${projects === 1 ? '' : 's'} visible`;
  return {
    status: 'success',
    statusCode: status,
    reason: 'ok',
    message: `Connected to ${product(input)}${who === null ? '' : ` as ${who}`}${seen}.`,
    suggestion: NO_ACTION,
    retryable: false,
  };
}

/** Security Center speaks through `error_code` as much as through HTTP status (notes: decide by error_code). */
/** Security Center's error_code for a rejected username/password or API key pair. */
const SC_INVALID_LOGIN = 74;

function diagnoseSecurityCenterBody(input: ConnectionTestInput, outcome: HttpOutcome): ConnectionDiagnosis | null {
  const body = asRecord(outcome.body);
  if (body === null) return null;
  const code = errorCodeOf(body);
  const status = outcome.status;
  if (code === 12) {
    return error(status, 'sc_token_expired', `Security Center rejected the session token (error_code 12${scMessage(body)}).`,
      'The session expired or was ended (Security Center ends idle sessions after its session timeout, 1 hour by default). Test again to log in with a new token; to avoid expiring sessions altogether, switch this connection to API keys (Security Center 5.13 or later).',
      true);
  }
  // Security Center answers a wrong password or wrong API keys with error_code 74 (HTTP 403).
  if (code === SC_INVALID_LOGIN) return invalidCredentials(input, { ...outcome, status });
  if (status < 200 || status >= 300) return null;
  const response = asRecord(body['response']);
  if (response !== null && response['releaseSession'] === true && response['token'] === undefined) {
    return error(status, 'sc_max_sessions', 'Security Center refused a new session: the user already holds the maximum number of sessions.',
      'Log this Security Center user out of its other sessions (or raise its session limit), or test again: the hub logs in once more with releaseSession=true, which ends the oldest session. Using API keys instead of a username and password avoids sessions altogether.',
      true);
  }
  if (code !== null && code !== 0) {
    return error(status, 'sc_error', `Security Center answered HTTP ${status} with error_code ${code}${scMessage(body)}.`,
      'Check that the Security Center user is active, belongs to an organization and has a role that can view vulnerability data (for example Security Manager or Auditor), then test again; the error_code is listed in Security Center\'s API documentation.',
      false);
  }
  return null;
}

function invalidCredentials(input: ConnectionTestInput, outcome: HttpOutcome): ConnectionDiagnosis {
  const said = tenableMessage(outcome.body);
  if (input.platform === 'tenable_sc') {
    return error(outcome.status, 'invalid_credentials', `Security Center did not accept the credentials${said === null ? '' : ` ("${said}")`}.`,
      'Re-enter the Security Center username and password, or the access and secret key (Security Center > My Profile > API Keys), and check that the user is not locked; then test again.',
      false);
  }
  return error(401, 'invalid_credentials', `${product(input)} did not accept the API keys${said === null ? '' : ` ("${said}")`}.`,
    'Generate a new key pair in Tenable (Settings > My Account > API Keys; this revokes the old pair), paste both the access key and the secret key without spaces, and test again. Check that the user owning the keys is enabled.',
    false);
}

function forbidden(input: ConnectionTestInput, outcome: HttpOutcome): ConnectionDiagnosis {
  if (input.probe === 'was_configs') {
    return error(403, 'was_not_licensed', 'Tenable Web App Scanning refused the request (403): the module is not licensed for this container, or the user lacks Web App Scanning access.',
      'Check that Web App Scanning is licensed (Tenable Settings > License), and give the user whose keys these are a role with Web App Scanning access (Scan Operator or higher); if you only need host vulnerabilities, select the VM project type instead.',
      false);
  }
  if (input.platform === 'tenable_sc') {
    const body = asRecord(outcome.body);
    const code = body === null ? null : errorCodeOf(body);
    return error(403, 'missing_permission', `Security Center refused the request (403${code === null ? '' : `, error_code ${code}`}${body === null ? '' : scMessage(body)}).`,
      'Give the Security Center user a role that may read vulnerability data (Security Manager or Auditor) in an organization with access to the repositories to import, then test again.',
      false);
  }
  const said = tenableMessage(outcome.body);
  return error(403, 'missing_permission', `${product(input)} accepted the API keys but refused the request (403)${said === null ? '' : `: "${said}"`}.`,
    'Give the user whose keys these are the Administrator role, or a role with Can View permission on the assets to import (vulnerability exports need at least Basic with Can View access), in Tenable Settings > Access Control; then test again.',
    false);
}

function wrongBaseUrl(input: ConnectionTestInput, status: number): ConnectionDiagnosis {
  return error(status, 'wrong_base_url', `Nothing was found${at(input)} (404): the base URL does not lead to the ${product(input)} API.`,
    `Set the base URL to ${expectedBaseUrl(input.platform)}, with no path after the host, and test again.`,
    false);
}

function notTenableApi(input: ConnectionTestInput, status: number): ConnectionDiagnosis {
  return error(status, 'not_tenable_api', `The base URL${at(input)} answered with a web page, not the ${product(input)} API.`,
    `Point the base URL at the API itself: ${expectedBaseUrl(input.platform)}. A proxy login page or a portal address gives this answer.`,
    false);
}

function rateLimited(input: ConnectionTestInput, outcome: HttpOutcome): ConnectionDiagnosis {
  const raw = headerValue(outcome.headers, 'retry-after');
  // An HTTP-date needs ctx.now to become a wait; without it only delay-seconds can be read.
  const readable = input.now !== undefined || (raw !== undefined && /^\s*\d+(\.\d+)?\s*$/.test(raw));
  const seconds = readable ? retryAfterSeconds(raw, input.now ?? 0) : null;
  const wait = seconds === null ? 'a minute' : `${seconds} second${seconds === 1 ? '' : 's'}`;
  const base = error(429, 'rate_limited', `${product(input)} is rate limiting these API keys (429).`,
    `Wait ${wait} and test again. If other tools or scripts share these API keys, give this integration its own key pair so their limits stop colliding.`,
    true);
  return seconds === null ? base : { ...base, retryAfterSeconds: seconds };
}

function serverSide(input: ConnectionTestInput, status: number): ConnectionDiagnosis {
  const onPrem = input.platform === 'tenable_sc';
  const unavailable = status === 502 || status === 503 || status === 504;
  const where = onPrem
    ? 'ask the Security Center administrator to check the service and its disk space'
    : 'check status.tenable.com for an incident';
  return error(status, unavailable ? 'service_unavailable' : 'server_error',
    unavailable
      ? `${product(input)} is unavailable right now (${status}).`
      : `${product(input)} failed with an internal error (${status}).`,
    `The problem is on Tenable's side, not in these settings: wait a few minutes and test again; if it persists, ${where}.`,
    true);
}

function redirected(input: ConnectionTestInput, status: number): ConnectionDiagnosis {
  return error(status, 'redirected', `The base URL${at(input)} redirected elsewhere (${status}) instead of answering.`,
    `Use the https:// API address itself, ${expectedBaseUrl(input.platform)}: a redirect usually means http:// instead of https://, or a portal address instead of the API.`,
    false);
}

function badRequest(input: ConnectionTestInput, outcome: HttpOutcome): ConnectionDiagnosis {
  if (input.platform === 'tenable_sc') {
    return error(400, 'conflicting_credentials', 'Security Center rejected the request (400): it refuses calls that carry both a session token and API keys.',
      'Fill in either the access and secret key or the username and password for this connection, not both, and test again.',
      false);
  }
  const said = tenableMessage(outcome.body);
  return error(400, 'bad_request', `${product(input)} rejected the test request (400)${said === null ? '' : `: "${said}"`}.`,
    `Check that the base URL is exactly ${expectedBaseUrl(input.platform)} with no path, and that the keys contain no stray characters; then test again.`,
    false);
}

function error(statusCode: number | null, reason: DiagnosisReason, message: string, suggestion: string, retryable: boolean): ConnectionDiagnosis {
  return { status: 'error', statusCode, reason, message, suggestion, retryable };
}

function product(input: ConnectionTestInput): string {
  return labelOf(input.platform);
}

function at(input: ConnectionTestInput): string {
  return input.baseUrl === undefined || input.baseUrl === '' ? '' : ` at ${input.baseUrl}`;
}

function expectedBaseUrl(platform: Platform): string {
  return platform === 'tenable_sc'
    ? 'https://<your Security Center host> (the hub adds /rest itself)'
    : 'https://cloud.tenable.com';
}

function visibleProjects(input: ConnectionTestInput, body: Record<string, unknown> | null): number | null {
  if (input.wasProjectCount !== undefined) return input.wasProjectCount;
  if (input.probe !== 'was_configs' || body === null) return null;
  const pagination = asRecord(body['pagination']);
  if (pagination !== null && typeof pagination['total'] === 'number') return pagination['total'];
  const items = body['items'];
  return Array.isArray(items) ? items.length : null;
}

function userName(input: ConnectionTestInput, body: Record<string, unknown> | null): string | null {
  if (body === null) return null;
  const holder = input.platform === 'tenable_sc' ? asRecord(body['response']) : body;
  const name = holder?.['username'];
  return typeof name === 'string' && name !== '' ? `'${name}'` : null;
}

function errorCodeOf(body: Record<string, unknown>): number | null {
  const raw = body['error_code'];
  if (typeof raw === 'number') return raw;
  if (typeof raw === 'string' && /^\d+$/.test(raw.trim())) return Number(raw);
  return null;
}

function scMessage(body: Record<string, unknown>): string {
  const msg = body['error_msg'];
  return typeof msg === 'string' && msg.trim() !== '' ? `: ${msg.trim()}` : '';
}

/** Tenable VM puts its reason in `message` (401) or `error` (403/404 elsewhere). */
function tenableMessage(body: unknown): string | null {
  const record = asRecord(body);
  if (record === null) return null;
  for (const key of ['message', 'error', 'error_msg']) {
    const value = record[key];
    if (typeof value === 'string' && value.trim() !== '' && value !== 'Unauthorized') return value.trim();
  }
  return null;
}

function looksLikeWebPage(body: unknown): boolean {
  return typeof body === 'string' && /^\s*</.test(body);
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}
