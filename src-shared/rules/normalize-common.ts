import { REMOTE_STATES, SEVERITIES, type RemoteState, type Severity } from '../model/vocabulary';
import { MAX_DEDUPE_KEY_LENGTH, MAX_OUTPUT_LENGTH, SEVERITY_MODIFICATIONS, type NormalizedAsset, type SeverityModification } from './normalized';
import { childPath, describe, own, readEnum, readFirstString, readInteger, reject, type ReadContext } from './record-reader';
import { boundedKey, truncateText } from './text-limits';

/** Pieces shared by the VM and WAS normalisers (same export family, same field names). */

/** `severity` (text, either case) wins; `severity_id` 0..4 is the fallback; one is required. */
export function readSeverity(ctx: ReadContext, record: unknown, path: string): Severity | null {
  if (own(record, 'severity') !== undefined && own(record, 'severity') !== null) {
    return readEnum(ctx, record, 'severity', path, SEVERITIES, { required: true });
  }
  const id = readInteger(ctx, record, 'severity_id', path, { min: 0, max: 4 });
  if (id !== null) return SEVERITIES[id] ?? null;
  if (ctx.problem === null) reject(ctx, childPath(path, 'severity'), 'missing, expected severity or severity_id');
  return null;
}

export function readRemoteState(ctx: ReadContext, record: unknown, path: string): RemoteState | null {
  return readEnum(ctx, record, 'state', path, REMOTE_STATES, { required: true });
}

export function readSeverityModification(ctx: ReadContext, record: unknown, path: string): SeverityModification | null {
  return readEnum(ctx, record, 'severity_modification_type', path, SEVERITY_MODIFICATIONS);
}

/** Plugin output: any string, cut safely; a non-string is a rejection, not a silent drop. */
export function readOutput(ctx: ReadContext, record: unknown, key: string, path: string): { text: string | null; truncated: boolean } {
  const value = own(record, key);
  if (value === undefined || value === null || value === '') return { text: null, truncated: false };
  if (typeof value !== 'string') {
    reject(ctx, childPath(path, key), `expected string, got ${describe(value)}`);
    return { text: null, truncated: false };
  }
  return truncateText(value, MAX_OUTPUT_LENGTH);
}

/** Asset as VM and WAS vuln exports describe it (`asset{uuid,hostname,fqdn,ipv4,...}`). */
export function readExportAsset(ctx: ReadContext, asset: unknown, path: string): NormalizedAsset {
  const uuid = readFirstString(ctx, asset, 'uuid', path);
  return {
    uuid: uuid === null ? null : uuid.toLowerCase(),
    hostname: readFirstString(ctx, asset, 'hostname', path),
    fqdn: readFirstString(ctx, asset, 'fqdn', path),
    ipv4: readFirstString(ctx, asset, 'ipv4', path),
    ipv6: readFirstString(ctx, asset, 'ipv6', path),
    mac: readFirstString(ctx, asset, 'mac_address', path),
    netbios: readFirstString(ctx, asset, 'netbios_name', path),
    os: readFirstString(ctx, asset, 'operating_system', path),
  };
}

/** Joins key parts with ':' and bounds the result to the dedupe key column. */
export function dedupeKey(parts: readonly (string | number | null)[]): string {
  return boundedKey(parts.map((p) => (p === null ? '' : String(p))).join(':'), MAX_DEDUPE_KEY_LENGTH);
}

/** The finding id as Tenable gives it (bounded, it is a uuid in practice). */
export function findingIdKey(findingId: string): string {
  return boundedKey(findingId, MAX_DEDUPE_KEY_LENGTH);
}
