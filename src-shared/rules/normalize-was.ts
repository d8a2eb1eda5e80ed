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
  own,
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

const URL_HOST = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]+\]|[^:/?#]+)/;

/** Host part of an absolute URL, lowercased; null when the text is not an absolute URL. */
export function hostOfUrl(url: string): string | null {
  const match = URL_HOST.exec(url.trim());
  const host = match?.[1];
  return host === undefined || host === '' ? null : host.toLowerCase();
}

/**
 * One Tenable WAS finding (vuln export record) → asset + finding, or a rejection with path and
 * reason. Severity arrives UPPERCASE (spec) or lowercase (pyTenable): both accepted. Dedupe key:
 * `finding_id`; fallback `asset.uuid:plugin.id:url:http_method:input_name` — a WAS plugin fires
 * once per URL and input, so the VM fallback (port/protocol) would merge distinct findings. When
 * the asset has no fqdn, the URL's host stands in so CI matching has something to match on.
 */
export function normalizeWasRecord(record: unknown, path = '$'): NormalizeOutcome {
  if (!isPlainObject(record)) return { ok: false, path, reason: `expected object, got ${describe(record)}` };
  const ctx = newReadContext();

  const assetObj = readObject(ctx, record, 'asset', path, { required: true });
  const exportAsset = readExportAsset(ctx, assetObj, childPath(path, 'asset'));

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

  const url = readString(ctx, record, 'url', path);
  const httpMethod = readString(ctx, record, 'http_method', path);
  const inputName = readString(ctx, record, 'input_name', path);
  const severity = readSeverity(ctx, record, path);
  const state = readRemoteState(ctx, record, path);
  const modification = readSeverityModification(ctx, record, path);
  const findingId = readId(ctx, record, 'finding_id', path);
  const firstFound = readTimestamp(ctx, record, 'first_found', path);
  const lastFound = readTimestamp(ctx, record, 'last_found', path);
  const lastFixed = readTimestamp(ctx, record, 'last_fixed', path);
  const output = readOutput(ctx, record, own(record, 'output') === undefined ? 'proof' : 'output', path);

  if (findingId === null && exportAsset.uuid === null) {
    reject(ctx, childPath(path, 'finding_id'), 'missing finding_id and asset.uuid: no dedupe key');
  }
  if (ctx.problem !== null || pluginId === null || severity === null || state === null) {
    return { ok: false, ...(ctx.problem ?? { path, reason: 'incomplete record' }) };
  }

  const asset = exportAsset.fqdn === null && url !== null ? { ...exportAsset, fqdn: hostOfUrl(url) } : exportAsset;
  const key =
    findingId !== null
      ? findingIdKey(findingId)
      : dedupeKey([asset.uuid, pluginId, url, httpMethod === null ? null : httpMethod.toUpperCase(), inputName]);
  return {
    ok: true,
    value: {
      platform: 'tenable_was',
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
        port: null,
        protocol: null,
        url,
        output: output.text,
        output_truncated: output.truncated,
        repository_id: null,
      },
    },
  };
}
