import type { LocalStatus, Platform, RemoteState, Severity } from '../model/vocabulary';
import type { SeverityModification } from './normalized';
import { scSeverityId } from './severity-filter';
import { localToRemote, type StatusMapping } from './status-mapping';

/**
 * What to send Tenable when a user changes a vulnerable item's local status. Plain data out (HTTP
 * method, path, body); the host does the I/O.
 *
 * Tenable has no API that sets a finding's STATE (states come from scans), so:
 * - risk_accepted → an ACCEPT rule (VM/WAS `POST /v1/recast/rules`; SC `POST /rest/acceptRiskRule`
 *   then `POST /rest/acceptRiskRule/{id}/apply`). Acceptance is a severity modification, not a
 *   state, so the state mapping does not govern it (REMOTE_STATES has no "accepted"); the
 *   `acceptanceWriteBack` option switches it off.
 * - false_positive → VM/WAS: ACCEPT with `false_positive: true`; SC (no false-positive flag):
 *   `POST /rest/recastRiskRule` recasting to Info.
 * - other statuses → the FIRST mapped remote status (`localToRemote`); unmapped → not synced.
 *   Mapped to FIXED: CHOSEN DEFAULT is a no-op with a reason — Tenable reports FIXED after the next
 *   scan that no longer sees the finding. A VM remediation scan (`POST /scans/remediation`) is
 *   only planned when the caller passes its template (`remediationScan`), because launching scans
 *   has a cost the user must opt into. Mapped to OPEN/REOPENED: nothing can reopen a finding, and
 *   an existing accept rule can only be removed by its id, which the item does not hold.
 *
 * UNCONFIRMED: the recast rule filter property names (`asset.name` is documented; `plugin.id` and
 * `port` follow the export field names). They live in RECAST_FILTER_PROPERTIES to change in one
 * place.
 */

export const RECAST_FILTER_PROPERTIES = { asset: 'asset.name', plugin: 'plugin.id', port: 'port' } as const;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** `{id}` in `path` is filled from an earlier request's response (SC's apply step). */
export interface PathBinding {
  readonly placeholder: string;
  readonly fromRequest: number;
  /** Dotted path into that request's JSON response, e.g. `response.id`. */
  readonly responsePath: string;
}

export interface RequestDescription {
  readonly method: HttpMethod;
  readonly path: string;
  readonly body?: unknown;
  readonly bind?: PathBinding;
}

export type WriteBackPurpose = 'accept_rule' | 'false_positive_rule' | 'remediation_scan';

export type WriteBackAction =
  | { readonly kind: 'requests'; readonly purpose: WriteBackPurpose; readonly requests: readonly RequestDescription[] }
  | { readonly kind: 'none'; readonly reason: string };

export interface WriteBackFinding {
  readonly dedupe_key: string;
  readonly plugin_id: string;
  readonly plugin_name?: string | null;
  readonly severity: Severity;
  readonly remote_state: RemoteState;
  readonly severity_modification?: SeverityModification | null;
  readonly port?: number | null;
  readonly protocol?: string | null;
  readonly url?: string | null;
  /** SC only: rules are created per repository. */
  readonly repository_id?: string | null;
  readonly asset: {
    readonly uuid?: string | null;
    readonly fqdn?: string | null;
    readonly hostname?: string | null;
    readonly ipv4?: string | null;
  };
}

export interface WriteBackOptions {
  /** Free text for the rule's comment (who/why); a default naming the status is used otherwise. */
  readonly comment?: string;
  /** VM/WAS: ISO expiry for the accept rule; SC: epoch seconds. Omitted = never expires. */
  readonly expiresAt?: string;
  readonly scExpires?: number;
  /** Set to false to never write acceptance/false positive back. Default true. */
  readonly acceptanceWriteBack?: boolean;
  /** VM only: plan a remediation scan for local "fixed" (see the module comment). */
  readonly remediationScan?: { readonly templateUuid: string; readonly scannerId?: string };
}

export interface WriteBackInput {
  readonly platform: Platform;
  readonly mapping: StatusMapping;
  readonly localStatus: LocalStatus;
  readonly finding: WriteBackFinding;
  readonly options?: WriteBackOptions;
}

function none(reason: string): WriteBackAction {
  return { kind: 'none', reason };
}

function assetName(finding: WriteBackFinding): string | null {
  const a = finding.asset;
  return a.fqdn || a.hostname || a.ipv4 || null;
}

function ruleComment(input: WriteBackInput, falsePositive: boolean): string {
  if (input.options?.comment) return input.options.comment;
  return falsePositive ? 'marked false positive in exposure integration hub' : 'risk accepted in exposure integration hub';
}

function tenableRule(input: WriteBackInput, falsePositive: boolean): WriteBackAction {
  const { finding, platform } = input;
  const name = assetName(finding);
  if (name === null) return none('the finding has no asset name (fqdn, hostname or ipv4) to scope an accept rule to');
  const filters: { property: string; operator: string; value: readonly (string | number)[] }[] = [
    { property: RECAST_FILTER_PROPERTIES.asset, operator: 'eq', value: [name] },
    { property: RECAST_FILTER_PROPERTIES.plugin, operator: 'eq', value: [Number(finding.plugin_id)] },
  ];
  if (platform === 'tenable_vm' && finding.port !== undefined && finding.port !== null && finding.port > 0) {
    filters.push({ property: RECAST_FILTER_PROPERTIES.port, operator: 'eq', value: [finding.port] });
  }
  const verb = falsePositive ? 'false positive' : 'accept';
  const body: Record<string, unknown> = {
    rule_name: `eih ${verb}: plugin ${finding.plugin_id} on ${name}`.slice(0, 255),
    description: `created by exposure integration hub for finding ${finding.dedupe_key}`,
    resource_type: platform === 'tenable_was' ? 'WEBAPP' : 'HOST',
    rule_value: { action: 'ACCEPT', comment: ruleComment(input, falsePositive), false_positive: falsePositive },
    filter: { and: filters },
  };
  if (input.options?.expiresAt !== undefined) body['expires_at'] = input.options.expiresAt;
  return {
    kind: 'requests',
    purpose: falsePositive ? 'false_positive_rule' : 'accept_rule',
    requests: [{ method: 'POST', path: '/v1/recast/rules', body }],
  };
}

const SC_PROTOCOLS: Readonly<Record<string, string>> = { icmp: '1', tcp: '6', udp: '17' };

/** SC rules scope hosts by IP (the usual repository format) or, failing that, by agent uuid. */
function scHost(finding: WriteBackFinding): { hostType: 'ip' | 'uuid'; hostValue: string } | null {
  if (finding.asset.ipv4) return { hostType: 'ip', hostValue: finding.asset.ipv4 };
  if (finding.asset.uuid) return { hostType: 'uuid', hostValue: finding.asset.uuid };
  return null;
}

function scRule(input: WriteBackInput, falsePositive: boolean): WriteBackAction {
  const { finding } = input;
  if (!finding.repository_id) return none('security center rules need the repository of the finding, which is unknown');
  const host = scHost(finding);
  if (host === null) return none('the finding has no ip or agent uuid to scope a security center rule to');
  const protocol = finding.protocol ? SC_PROTOCOLS[finding.protocol.toLowerCase()] : undefined;
  const body: Record<string, unknown> = {
    repositories: [{ id: finding.repository_id }],
    plugin: { id: finding.plugin_id },
    hostType: host.hostType,
    hostValue: host.hostValue,
    port: finding.port !== undefined && finding.port !== null ? String(finding.port) : 'any',
    protocol: protocol ?? 'any',
    comments: ruleComment(input, falsePositive),
    expires: input.options?.scExpires ?? -1,
  };
  if (falsePositive) {
    return {
      kind: 'requests',
      purpose: 'false_positive_rule',
      requests: [{ method: 'POST', path: '/rest/recastRiskRule', body: { ...body, newSeverity: { id: scSeverityId('info') } } }],
    };
  }
  return {
    kind: 'requests',
    purpose: 'accept_rule',
    requests: [
      { method: 'POST', path: '/rest/acceptRiskRule', body },
      {
        method: 'POST',
        path: '/rest/acceptRiskRule/{id}/apply',
        body: { repository: { id: finding.repository_id } },
        bind: { placeholder: '{id}', fromRequest: 0, responsePath: 'response.id' },
      },
    ],
  };
}

function acceptance(input: WriteBackInput, falsePositive: boolean): WriteBackAction {
  if (input.options?.acceptanceWriteBack === false) return none('acceptance write-back is switched off for this connector');
  const { finding, platform } = input;
  if (finding.severity_modification === 'ACCEPTED' && !(platform === 'tenable_sc' && falsePositive)) {
    return none('tenable already reports the finding as accepted');
  }
  if (platform === 'tenable_sc' && falsePositive && finding.severity_modification === 'RECASTED' && finding.severity === 'info') {
    return none('security center already reports the finding recast to info');
  }
  return platform === 'tenable_sc' ? scRule(input, falsePositive) : tenableRule(input, falsePositive);
}

function fixVerification(input: WriteBackInput): WriteBackAction {
  const { finding, platform } = input;
  if (finding.remote_state === 'FIXED') return none('tenable already reports the finding fixed');
  const scan = input.options?.remediationScan;
  const target = finding.asset.fqdn || finding.asset.ipv4 || finding.asset.hostname;
  if (platform !== 'tenable_vm' || scan === undefined || !target) {
    return none('no tenable api marks a finding fixed: the next scan that no longer detects it reports it fixed');
  }
  const settings: Record<string, unknown> = {
    name: `eih remediation scan: plugin ${finding.plugin_id} on ${target}`.slice(0, 255),
    text_targets: target,
  };
  if (scan.scannerId !== undefined) settings['scanner_id'] = scan.scannerId;
  return {
    kind: 'requests',
    purpose: 'remediation_scan',
    requests: [
      {
        method: 'POST',
        path: '/scans/remediation',
        body: { uuid: scan.templateUuid, settings, enabled_plugins: [Number(finding.plugin_id)] },
      },
    ],
  };
}

/** The write-back a local status change needs (see the module comment for every case). */
export function decideWriteBack(input: WriteBackInput): WriteBackAction {
  const { localStatus, mapping, finding } = input;
  if (localStatus === 'risk_accepted') return acceptance(input, false);
  if (localStatus === 'false_positive') return acceptance(input, true);
  const target = localToRemote(mapping, localStatus);
  if (target === null) return none(`local status ${localStatus} is not mapped to a tenable status: not synced`);
  if (target === 'FIXED') return fixVerification(input);
  if (finding.severity_modification === 'ACCEPTED') {
    return none(`${localStatus} maps to ${target}, but the accept rule in tenable can only be removed there (its id is unknown here)`);
  }
  if (finding.remote_state === 'FIXED') return none(`${localStatus} maps to ${target}, but no tenable api reopens a fixed finding`);
  return none(`${localStatus} maps to ${target}: tenable already reports the finding ${finding.remote_state.toLowerCase()}`);
}
