import { SEVERITIES, type RemoteState, type Severity } from '../model/vocabulary';
import type { NormalizeOutcome, ScSourceType, SeverityModification } from './normalized';
import { dedupeKey, readOutput } from './normalize-common';
import {
  childPath,
  describe,
  isPlainObject,
  newReadContext,
  own,
  readBoolean,
  readEnum,
  readFirstString,
  readId,
  readInteger,
  readNumber,
  readObject,
  readString,
  readStringList,
  readTimestamp,
  reject,
  type ReadContext,
} from './record-reader';

/**
 * One Security Center `vulndetails` analysis result → asset + finding, or a rejection.
 *
 * State: SC results carry none. The query's sourceType decides: `patched` → FIXED; `cumulative`
 * with hasBeenMitigated "1" → REOPENED (it was mitigated once and is back); otherwise OPEN.
 *
 * Dedupe key: SC says which fields make a result unique in `vulnUniqueness`, a comma list of field
 * NAMES (e.g. "repositoryID,ip,port,protocol,pluginID"; `repositoryID` is `repository.id`). The
 * key is `sc:` + those fields' values joined by ':'. Without vulnUniqueness the documented
 * fallback is `hostUniqueness` fields + port + protocol + pluginID, and without either it is
 * `repository.id : (hostUUID | uuid | ip | dnsName) : port : protocol : pluginID`. A result with no
 * host identity at all is rejected.
 */
export function normalizeScRecord(record: unknown, sourceType: ScSourceType = 'cumulative', path = '$'): NormalizeOutcome {
  if (!isPlainObject(record)) return { ok: false, path, reason: `expected object, got ${describe(record)}` };
  const ctx = newReadContext();

  const pluginId = readInteger(ctx, record, 'pluginID', path, { required: true, min: 0 });
  const pluginName = readString(ctx, record, 'pluginName', path);
  const familyObj = readObject(ctx, record, 'family', path);
  const family = readString(ctx, familyObj, 'name', childPath(path, 'family'));
  const repositoryObj = readObject(ctx, record, 'repository', path);
  const repositoryId = readId(ctx, repositoryObj, 'id', childPath(path, 'repository'));
  const severity = readScSeverity(ctx, record, path);
  const cve = readStringList(ctx, record, 'cve', path);
  const cvss3 = readNumber(ctx, record, 'cvssV3BaseScore', path, { min: 0, max: 10 });
  const cvss2 = readNumber(ctx, record, 'baseScore', path, { min: 0, max: 10 });
  const vpr = readNumber(ctx, record, 'vprScore', path, { min: 0, max: 10 });
  const exploit = readBoolean(ctx, record, 'exploitAvailable', path);
  const port = readInteger(ctx, record, 'port', path, { min: 0, max: 65535 });
  const protocolText = readId(ctx, record, 'protocol', path);
  const mitigated = readBoolean(ctx, record, 'hasBeenMitigated', path);
  const accepted = readBoolean(ctx, record, 'acceptRisk', path);
  const recast = readBoolean(ctx, record, 'recastRisk', path);
  const firstFound = readTimestamp(ctx, record, 'firstSeen', path);
  const lastFound = readTimestamp(ctx, record, 'lastSeen', path);
  const lastFixed = readTimestamp(ctx, record, 'lastMitigated', path);
  const output = readOutput(ctx, record, 'pluginText', path);

  const hostUuid = readFirstString(ctx, record, 'hostUUID', path) ?? readFirstString(ctx, record, 'uuid', path);
  const asset = {
    uuid: hostUuid === null ? null : hostUuid.toLowerCase(),
    hostname: null,
    fqdn: readFirstString(ctx, record, 'dnsName', path),
    ipv4: readFirstString(ctx, record, 'ip', path),
    ipv6: null,
    mac: readFirstString(ctx, record, 'macAddress', path),
    netbios: readFirstString(ctx, record, 'netbiosName', path),
    os: readFirstString(ctx, record, 'operatingSystem', path),
  };
  const key = ctx.problem === null ? scDedupeKey(ctx, record, path, repositoryId) : null;

  if (ctx.problem !== null || pluginId === null || severity === null || key === null) {
    return { ok: false, ...(ctx.problem ?? { path, reason: 'incomplete record' }) };
  }
  const modification: SeverityModification = accepted === true ? 'ACCEPTED' : recast === true ? 'RECASTED' : 'NONE';
  return {
    ok: true,
    value: {
      platform: 'tenable_sc',
      asset,
      finding: {
        dedupe_key: key,
        source_finding_id: null,
        plugin_id: String(pluginId),
        plugin_name: pluginName,
        plugin_family: family,
        cve,
        cvss: cvss3 ?? cvss2,
        vpr,
        exploit_available: exploit === true,
        severity,
        severity_modification: modification,
        remote_state: scRemoteState(sourceType, mitigated === true),
        first_found: firstFound,
        last_found: lastFound,
        last_fixed: lastFixed,
        port,
        protocol: protocolName(protocolText),
        url: null,
        output: output.text,
        output_truncated: output.truncated,
        repository_id: repositoryId,
      },
    },
  };
}

export function scRemoteState(sourceType: ScSourceType, hasBeenMitigated: boolean): RemoteState {
  if (sourceType === 'patched') return 'FIXED';
  return hasBeenMitigated ? 'REOPENED' : 'OPEN';
}

/** IANA protocol numbers SC sometimes reports instead of names. */
const PROTOCOL_NUMBERS: Readonly<Record<string, string>> = { '1': 'icmp', '6': 'tcp', '17': 'udp' };

function protocolName(text: string | null): string | null {
  if (text === null) return null;
  const trimmed = text.trim().toLowerCase();
  return PROTOCOL_NUMBERS[trimmed] ?? trimmed;
}

/** `severity{id:"0".."4",name}`; the id wins, the name is the fallback. */
function readScSeverity(ctx: ReadContext, record: unknown, path: string): Severity | null {
  const severityObj = readObject(ctx, record, 'severity', path, { required: true });
  if (severityObj === null) return null;
  const at = childPath(path, 'severity');
  const id = readInteger(ctx, severityObj, 'id', at, { min: 0, max: 4 });
  if (id !== null) return SEVERITIES[id] ?? null;
  if (ctx.problem !== null) return null;
  return readEnum(ctx, severityObj, 'name', at, SEVERITIES, { required: true });
}

/** Value of one uniqueness field as key text; `repositoryID` lives in `repository.id`. */
function uniquenessValue(ctx: ReadContext, record: unknown, field: string, path: string, repositoryId: string | null): string {
  if (field === 'repositoryID') return repositoryId ?? '';
  const value = own(record, field);
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  reject(ctx, childPath(path, field), `expected text for uniqueness field, got ${describe(value)}`);
  return '';
}

function fieldList(ctx: ReadContext, record: unknown, key: string, path: string): string[] {
  const text = readString(ctx, record, key, path);
  if (text === null) return [];
  return text
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '');
}

function scDedupeKey(ctx: ReadContext, record: unknown, path: string, repositoryId: string | null): string | null {
  let fields = fieldList(ctx, record, 'vulnUniqueness', path);
  if (fields.length === 0) {
    const hostFields = fieldList(ctx, record, 'hostUniqueness', path);
    fields = hostFields.length > 0 ? [...hostFields, 'port', 'protocol', 'pluginID'] : [];
  }
  if (fields.length === 0) {
    const host = ['hostUUID', 'uuid', 'ip', 'dnsName']
      .map((f) => uniquenessValue(ctx, record, f, path, repositoryId))
      .find((v) => v !== '');
    if (host === undefined) return reject(ctx, childPath(path, 'ip'), 'missing vulnUniqueness, hostUniqueness and any host identity (hostUUID, uuid, ip, dnsName): no dedupe key');
    const rest = ['port', 'protocol', 'pluginID'].map((f) => uniquenessValue(ctx, record, f, path, repositoryId));
    return dedupeKey(['sc', repositoryId ?? '', host, ...rest]);
  }
  const values = fields.map((f) => uniquenessValue(ctx, record, f, path, repositoryId));
  const hostValues = values.filter((v, i) => v !== '' && fields[i] !== 'pluginID' && fields[i] !== 'port' && fields[i] !== 'protocol' && fields[i] !== 'repositoryID');
  if (hostValues.length === 0 && ctx.problem === null) {
    return reject(ctx, childPath(path, 'vulnUniqueness'), `no value for any host field of ${JSON.stringify(fields.join(','))}: no dedupe key`);
  }
  return ctx.problem === null ? dedupeKey(['sc', ...values]) : null;
}
