import { fail, ok, type Result } from '../core/result';
import { LOCAL_STATUSES, REMOTE_STATES, type LocalStatus, type RemoteState } from '../model/vocabulary';
import { describe, isPlainObject, own } from './record-reader';

/**
 * A connector's two-way status mapping (rows of `x_eih_status_mapping`).
 *
 * - Tenable → local: EVERY mapped remote status is recognised; a remote status may map to one
 *   local status only (two would make the import ambiguous). An unmapped remote status changes
 *   nothing.
 * - Local → Tenable: only the FIRST mapped remote status (lowest `order`) is applied; an unmapped
 *   local status is not synced.
 * - Versioning: an edit writes a new set of rows with `mapping_version + 1`. A run pins the
 *   version it loaded at start, and items keep the status they have until Tenable reports a NEW
 *   remote state — so an edit applies to future syncs only, never retroactively.
 */

export interface StatusMappingRow {
  readonly local_status: LocalStatus;
  readonly remote_status: RemoteState;
  readonly order: number;
  readonly mapping_version: number;
}

export interface StatusMapping {
  readonly version: number;
  /** Sorted by local status (vocabulary order), then order, then remote status. */
  readonly rows: readonly StatusMappingRow[];
}

const INVALID = 'invalid_status_mapping';

function sortRows(rows: readonly StatusMappingRow[]): StatusMappingRow[] {
  return [...rows].sort(
    (a, b) =>
      LOCAL_STATUSES.indexOf(a.local_status) - LOCAL_STATUSES.indexOf(b.local_status) ||
      a.order - b.order ||
      REMOTE_STATES.indexOf(a.remote_status) - REMOTE_STATES.indexOf(b.remote_status),
  );
}

/** identified ← OPEN, REOPENED; fixed ← FIXED (the mapping users start from). */
export function defaultStatusMapping(version = 1): StatusMapping {
  return {
    version,
    rows: [
      { local_status: 'identified', remote_status: 'OPEN', order: 0, mapping_version: version },
      { local_status: 'identified', remote_status: 'REOPENED', order: 1, mapping_version: version },
      { local_status: 'fixed', remote_status: 'FIXED', order: 0, mapping_version: version },
    ],
  };
}

/** An integer column that may come back null from a store: null means the column default. */
function intOrDefault(value: unknown, fallback: number): number | null {
  if (value === undefined || value === null) return fallback;
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
}

function rowFailure(index: number, field: string, value: unknown, expected: string): Result<never> {
  return fail(INVALID, `status mapping row ${index}: ${field} ${describe(value)} is not ${expected}`, 422, {
    row: index,
    field,
  });
}

/** One stored row (extra columns such as connector or sys_id are ignored) → a typed row. */
function parseRow(raw: unknown, index: number, defaultVersion: number): Result<StatusMappingRow> {
  if (!isPlainObject(raw)) return fail(INVALID, `status mapping row ${index}: expected object, got ${describe(raw)}`, 422, { row: index });
  const local = own(raw, 'local_status');
  const remote = own(raw, 'remote_status');
  const localStatus = LOCAL_STATUSES.find((s) => s === local);
  if (localStatus === undefined) return rowFailure(index, 'local_status', local, `one of ${LOCAL_STATUSES.join(', ')}`);
  const remoteStatus = REMOTE_STATES.find((s) => s === remote);
  if (remoteStatus === undefined) return rowFailure(index, 'remote_status', remote, `one of ${REMOTE_STATES.join(', ')}`);
  const order = intOrDefault(own(raw, 'order'), 0);
  if (order === null) return rowFailure(index, 'order', own(raw, 'order'), 'an integer');
  const version = intOrDefault(own(raw, 'mapping_version'), defaultVersion);
  if (version === null || version < 1) return rowFailure(index, 'mapping_version', own(raw, 'mapping_version'), 'an integer >= 1');
  return ok({ local_status: localStatus, remote_status: remoteStatus, order, mapping_version: version });
}

/**
 * Rows of ONE mapping version → a mapping, or a failure naming the bad row/value. Rejected:
 * unknown statuses, a remote status mapped to two local statuses, the same pair twice, rows of
 * different versions mixed. `version` is used for an empty mapping and for rows without one.
 */
export function validateMapping(rows: unknown, version = 1): Result<StatusMapping> {
  if (!Array.isArray(rows)) return fail(INVALID, `status mapping: expected array of rows, got ${describe(rows)}`, 422);
  const parsed: StatusMappingRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = parseRow(rows[i] as unknown, i, version);
    if (!row.ok) return row;
    parsed.push(row.value);
  }
  const versions = [...new Set(parsed.map((r) => r.mapping_version))].sort((a, b) => a - b);
  if (versions.length > 1) {
    return fail(INVALID, `status mapping: rows of mapping versions ${versions.join(', ')} are mixed; select one version`, 422, { versions });
  }
  const byRemote = new Map<RemoteState, LocalStatus>();
  for (const row of parsed) {
    const existing = byRemote.get(row.remote_status);
    if (existing === row.local_status) {
      return fail(INVALID, `status mapping: remote status "${row.remote_status}" is mapped to local status "${row.local_status}" twice`, 422, {
        remote_status: row.remote_status,
      });
    }
    if (existing !== undefined) {
      return fail(
        INVALID,
        `status mapping: remote status "${row.remote_status}" is mapped to two local statuses: ${existing}, ${row.local_status}`,
        422,
        { remote_status: row.remote_status, local_statuses: [existing, row.local_status] },
      );
    }
    byRemote.set(row.remote_status, row.local_status);
  }
  return ok({ version: versions[0] ?? version, rows: sortRows(parsed) });
}

/** Tenable → local: the local status a remote state maps to; null = unmapped, change nothing. */
export function remoteToLocal(mapping: StatusMapping, remoteState: RemoteState): LocalStatus | null {
  return mapping.rows.find((r) => r.remote_status === remoteState)?.local_status ?? null;
}

/** Local → Tenable: the FIRST mapped remote status by order; null = unmapped, not synced. */
export function localToRemote(mapping: StatusMapping, localStatus: LocalStatus): RemoteState | null {
  return mapping.rows.find((r) => r.local_status === localStatus)?.remote_status ?? null;
}

/** Remote statuses mapped to a local status, first (the one written back) first. */
export function remoteStatusesFor(mapping: StatusMapping, localStatus: LocalStatus): RemoteState[] {
  return mapping.rows.filter((r) => r.local_status === localStatus).map((r) => r.remote_status);
}

function versionsOf(rows: readonly unknown[]): number[] {
  const versions: number[] = [];
  for (const row of rows) {
    const v = own(row, 'mapping_version');
    const version = v === undefined || v === null ? 1 : v;
    if (typeof version === 'number' && Number.isSafeInteger(version) && !versions.includes(version)) versions.push(version);
  }
  return versions.sort((a, b) => a - b);
}

/** Highest version among stored rows (all versions of one connector); null when there are none. */
export function latestMappingVersion(rows: readonly unknown[]): number | null {
  const versions = versionsOf(rows);
  return versions[versions.length - 1] ?? null;
}

/** Version an edit must be stored under: one above the highest stored version (1 when none). */
export function nextMappingVersion(current: readonly unknown[] | StatusMapping | number): number {
  if (typeof current === 'number') return current + 1;
  if (Array.isArray(current)) return (latestMappingVersion(current) ?? 0) + 1;
  return (current as StatusMapping).version + 1;
}

/**
 * The mapping a run uses: the rows of `version` when given (a run pinned at start), else of the
 * latest stored version; the default mapping when the connector has never stored one.
 */
export function selectMapping(allRows: readonly unknown[], version?: number): Result<StatusMapping> {
  const chosen = version ?? latestMappingVersion(allRows);
  if (chosen === null) return ok(defaultStatusMapping());
  const rows = allRows.filter((r) => {
    const v = own(r, 'mapping_version');
    return (v === undefined || v === null ? 1 : v) === chosen;
  });
  if (rows.length === 0 && version !== undefined && !versionsOf(allRows).includes(version)) {
    return fail(INVALID, `status mapping: version ${version} does not exist`, 404, { version });
  }
  return validateMapping(rows, chosen);
}

export interface MappingEdit {
  readonly local_status: LocalStatus;
  readonly remote_status: RemoteState;
  readonly order?: number;
}

/** An edit → the new mapping, stamped with the next version; the current rows stay untouched. */
export function reviseMapping(current: StatusMapping, edit: readonly MappingEdit[]): Result<StatusMapping> {
  const version = nextMappingVersion(current);
  return validateMapping(
    edit.map((e, i) => ({ local_status: e.local_status, remote_status: e.remote_status, order: e.order ?? i, mapping_version: version })),
    version,
  );
}

export interface ItemStatus {
  readonly remote_state: RemoteState;
  readonly local_status: LocalStatus;
  readonly mapping_version: number;
}

export interface AppliedRemoteState extends ItemStatus {
  readonly localChanged: boolean;
}

/**
 * What a sync does to an item's statuses when Tenable reports `remoteState`.
 * - New item: the mapped local status; unmapped → the default mapping's status (a new item has
 *   no earlier status to keep).
 * - Existing item, same remote state as last time: nothing changes — a user's local edit (e.g.
 *   in_progress) survives every sync until Tenable reports something new.
 * - Existing item, new remote state: the mapped local status, stamped with the mapping version;
 *   unmapped → only the remote state is recorded.
 */
export function applyRemoteState(mapping: StatusMapping, item: ItemStatus | null, remoteState: RemoteState): AppliedRemoteState {
  const mapped = remoteToLocal(mapping, remoteState);
  if (item === null) {
    const local = mapped ?? remoteToLocal(defaultStatusMapping(), remoteState) ?? 'identified';
    return { remote_state: remoteState, local_status: local, mapping_version: mapping.version, localChanged: true };
  }
  if (item.remote_state === remoteState || mapped === null) {
    return { ...item, remote_state: remoteState, localChanged: false };
  }
  return {
    remote_state: remoteState,
    local_status: mapped,
    mapping_version: mapping.version,
    localChanged: mapped !== item.local_status,
  };
}
