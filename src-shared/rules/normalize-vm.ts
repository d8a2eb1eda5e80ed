import type { NormalizeOutcome } from './normalized';
import {
  dedupeKey,
  findingIdKey,
  readExportAsset,
  readOutput,
  readRemoteState,
  readSeverity,
  readSeverityModification,
} from './normalize-common';
import {
  childPath,
  describe,
  isPlainObject,
  newReadContext,
  readBoolean,
  readId,
  readInteger,
  readNumber,
  readObject,
  readString,
  readStringList,
  readTimestamp,
  reject,
} from './record-reader';

/**
 * One Tenable VM vulnerability export record → asset + finding, or a rejection naming the JSON
 * path and the reason. Dedupe key: `finding_id`; when absent, the fallback Tenable's own
 * integrations use, `asset.uuid:plugin.id:port.port:port.protocol` (port 0 and lowercase protocol
 * when missing, so the key is stable across chunks). A record with neither is rejected: storing it
 * under a made-up key would duplicate it on every run.
 */
export function normalizeVmRecord(record: unknown, path = '$'): NormalizeOutcome {
  if (!isPlainObject(record)) return { ok: false, path, reason: `expected object, got ${describe(record)}` };
  const ctx = newReadContext();

  const assetObj = readObject(ctx, record, 'asset', path, { required: true });
  const assetPath = childPath(path, 'asset');
  const asset = readExportAsset(ctx, assetObj, assetPath);

  const plugin = readObject(ctx, record, 'plugin', path, { required: true });
  const pluginPath = childPath(path, 'plugin');
  const pluginId = readInteger(ctx, plugin, 'id', pluginPath, { required: true, min: 0 });
  const pluginName = readString(ctx, plugin, 'name', pluginPath);
  const family = readString(ctx, plugin, 'family', pluginPath);
  const cve = readStringList(ctx, plugin, 'cve', pluginPath);
  const cvss3 = readNumber(ctx, plugin, 'cvss3_base_score', pluginPath, { min: 0, max: 10 });
  const cvss2 = readNumber(ctx, plugin, 'cvss_base_score', pluginPath, { min: 0, max: 10 });
  const vprObj = readObject(ctx, plugin, 'vpr', pluginPath);
  const vpr = readNumber(ctx, vprObj, 'score', childPath(pluginPath, 'vpr'), { min: 0, max: 10 });
  const exploit = readBoolean(ctx, plugin, 'exploit_available', pluginPath);

  const portObj = readObject(ctx, record, 'port', path);
  const portPath = childPath(path, 'port');
  const port = readInteger(ctx, portObj, 'port', portPath, { min: 0, max: 65535 });
  const protocolText = readString(ctx, portObj, 'protocol', portPath);
  const protocol = protocolText === null ? null : protocolText.trim().toLowerCase();

  const severity = readSeverity(ctx, record, path);
  const state = readRemoteState(ctx, record, path);
  const modification = readSeverityModification(ctx, record, path);
  const findingId = readId(ctx, record, 'finding_id', path);
  const firstFound = readTimestamp(ctx, record, 'first_found', path);
  const lastFound = readTimestamp(ctx, record, 'last_found', path);
  const lastFixed = readTimestamp(ctx, record, 'last_fixed', path);
  const output = readOutput(ctx, record, 'output', path);

  if (ctx.problem !== null) return { ok: false, ...ctx.problem };
  if (findingId === null && asset.uuid === null) {
    reject(ctx, childPath(path, 'finding_id'), 'missing finding_id and asset.uuid: no dedupe key');
  }
  if (ctx.problem !== null || pluginId === null || severity === null || state === null) {
    return { ok: false, ...(ctx.problem ?? { path, reason: 'incomplete record' }) };
  }

  const key = findingId !== null ? findingIdKey(findingId) : dedupeKey([asset.uuid, pluginId, port ?? 0, protocol ?? '']);
  return {
    ok: true,
    value: {
      platform: 'tenable_vm',
      asset,
      finding: {
        dedupe_key: key,
        source_finding_id: findingId,
        plugin_id: String(pluginId),
        plugin_name: pluginName,
        plugin_family: family,
        cve,
        cvss: cvss3 ?? cvss2,
        vpr,
        exploit_available: exploit === true,
        severity,
        severity_modification: modification,
        remote_state: state,
        first_found: firstFound,
        last_found: lastFound,
        last_fixed: lastFixed,
        port,
        protocol,
        url: null,
        output: output.text,
        output_truncated: output.truncated,
        repository_id: null,
      },
    },
  };
}
