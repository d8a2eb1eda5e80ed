// Tenable Vulnerability Management routes: /session, /server/status, vulnerability and asset
// exports, and the recast/accept rules that change what later exports report.
import { parseFindingFilters } from './finding-query';
import { uuidFrom } from './hash';
import { emptyReply, jsonReply } from './http-kit';
import type { Route } from './http-kit';
import { badRequest, canonicalJson, clampInt, exportRoutes } from './export-routes';
import type { PlanResult } from './export-routes';
import { parseRule } from './recast-rules';
import { snapshotNow } from './state';
import type { SandboxState } from './state';
import { assetRecordJson, matchesAsset, parseAssetFilters } from './vm-data';

function planVulns(body: unknown, state: SandboxState): PlanResult {
  const b = (body ?? {}) as Record<string, unknown>;
  const perChunk = clampInt(b.num_assets, 50, 5000, 50);
  if (perChunk === undefined) return { ok: false, message: `num_assets must be a number, got ${JSON.stringify(b.num_assets)}` };
  const parsed = parseFindingFilters(b.filters, 'vm');
  if (!parsed.ok) return parsed;
  const q = parsed.value;
  const snap = snapshotNow(state);
  const { vm } = state;
  const range = (id: number): [number, number] => [(id - 1) * perChunk, Math.min(vm.assetCount, id * perChunk)];
  return {
    ok: true,
    key: canonicalJson({ filters: b.filters ?? {}, num_assets: perChunk, include_unlicensed: b.include_unlicensed ?? false }),
    filters: b.filters ?? {},
    perChunk,
    plan: {
      totalChunks: Math.ceil(vm.assetCount / perChunk),
      count: (id) => vm.countMatching(...range(id), q, snap),
      pieces: (id) => vm.vulnPieces(...range(id), q, snap),
    },
  };
}

function planAssets(body: unknown, state: SandboxState): PlanResult {
  const b = (body ?? {}) as Record<string, unknown>;
  const perChunk = clampInt(b.chunk_size, 50, 10000, 100);
  if (perChunk === undefined) return { ok: false, message: `chunk_size must be a number, got ${JSON.stringify(b.chunk_size)}` };
  const parsed = parseAssetFilters(b.filters);
  if (!parsed.ok) return parsed;
  const q = parsed.value;
  const { vm, opts } = state;
  const range = (id: number): [number, number] => [(id - 1) * perChunk, Math.min(vm.assetCount, id * perChunk)];
  return {
    ok: true,
    key: canonicalJson({ filters: b.filters ?? {}, chunk_size: perChunk }),
    filters: b.filters ?? {},
    perChunk,
    plan: {
      totalChunks: Math.ceil(vm.assetCount / perChunk),
      count: (id) => {
        const [a0, a1] = range(id);
        let n = 0;
        for (let a = a0; a < a1; a++) if (matchesAsset(q, vm.assetOf(a))) n += 1;
        return n;
      },
      pieces: function* (id) {
        const [a0, a1] = range(id);
        yield '[';
        let first = true;
        for (let a = a0; a < a1; a++) {
          const asset = vm.assetOf(a);
          if (!matchesAsset(q, asset)) continue;
          yield (first ? '' : ',') + assetRecordJson(asset, opts.seed);
          first = false;
        }
        yield ']';
      },
    },
  };
}

export function vmRoutes(getState: () => SandboxState): Route[] {
  const nowIso = (): string => new Date(getState().clock.now()).toISOString();
  const ruleRoutes: Route[] = [
    {
      id: 'vm.recast.create', method: 'POST', pattern: '/v1/recast/rules', auth: 'vm',
      handle: (ctx) => {
        const state = getState();
        state.ruleCounter += 1;
        const parsed = parseRule(ctx.body, uuidFrom(state.opts.seed, 60_000 + state.ruleCounter, 10), nowIso());
        if (!parsed.ok) return badRequest(parsed.message);
        state.seq += 1;
        return jsonReply(200, state.vmRules.add(parsed.rule, state.seq));
      },
    },
    {
      id: 'vm.recast.list', method: 'GET', pattern: '/v1/recast/rules', auth: 'vm',
      handle: () => {
        const rules = getState().vmRules.current();
        return jsonReply(200, { rules, pagination: { total: rules.length, offset: 0, limit: rules.length } });
      },
    },
    {
      id: 'vm.recast.search', method: 'POST', pattern: '/v1/recast/rules/search', auth: 'vm',
      handle: (ctx) => {
        const b = (ctx.body ?? {}) as Record<string, unknown>;
        const limit = clampInt(b.limit ?? (ctx.query.get('limit') === null ? undefined : Number(ctx.query.get('limit'))), 1, 1000, 50) ?? 50;
        const offset = clampInt(b.offset ?? (ctx.query.get('offset') === null ? undefined : Number(ctx.query.get('offset'))), 0, Number.MAX_SAFE_INTEGER, 0) ?? 0;
        const name = typeof b.rule_name === 'string' ? b.rule_name.toLowerCase() : undefined;
        const all = getState().vmRules.current().filter((r) => name === undefined || r.rule_name.toLowerCase().includes(name));
        return jsonReply(200, { rules: all.slice(offset, offset + limit), pagination: { total: all.length, offset, limit } });
      },
    },
    {
      id: 'vm.recast.get', method: 'GET', pattern: '/v1/recast/rules/:id', auth: 'vm',
      handle: (ctx) => {
        const found = getState().vmRules.find(ctx.params.id ?? '');
        return found ? jsonReply(200, found.rule) : jsonReply(404, { error: `Rule ${ctx.params.id ?? ''} not found` });
      },
    },
    {
      id: 'vm.recast.update', method: 'PUT', pattern: '/v1/recast/rules/:id', auth: 'vm',
      handle: (ctx) => {
        const state = getState();
        const id = ctx.params.id ?? '';
        const old = state.vmRules.find(id);
        if (!old) return jsonReply(404, { error: `Rule ${id} not found` });
        const parsed = parseRule(ctx.body, id, nowIso(), old.rule.created_at);
        if (!parsed.ok) return badRequest(parsed.message);
        state.seq += 1;
        return jsonReply(200, state.vmRules.replace(id, parsed.rule, state.seq));
      },
    },
    {
      id: 'vm.recast.delete', method: 'DELETE', pattern: '/v1/recast/rules/:id', auth: 'vm',
      handle: (ctx) => {
        const state = getState();
        if (!state.vmRules.find(ctx.params.id ?? '')) return jsonReply(404, { error: `Rule ${ctx.params.id ?? ''} not found` });
        state.seq += 1;
        state.vmRules.remove(ctx.params.id ?? '', state.seq);
        return emptyReply(204);
      },
    },
  ];
  return [
    {
      id: 'vm.session', method: 'GET', pattern: '/session', auth: 'vm',
      handle: () => {
        const { opts, clock } = getState();
        return jsonReply(200, {
          id: 2, uuid: uuidFrom(opts.seed, 1, 20), user_name: 'sandbox.admin@example.com', username: 'sandbox.admin@example.com', email: 'sandbox.admin@example.com',
          name: 'Sandbox Admin', type: 'local', permissions: 64, enabled: true, lockout: 0, login_fail_count: 0, lastlogin: clock.now(),
          container_uuid: uuidFrom(opts.seed, 2, 21), container_name: 'Sandbox', groups: [],
        });
      },
    },
    // Answers without keys (a liveness probe), but wrong keys still get 401 (see server.ts).
    { id: 'vm.server_status', method: 'GET', pattern: '/server/status', auth: 'none', handle: () => jsonReply(200, { code: 200, status: 'ready' }) },
    ...exportRoutes({ kind: 'vulns', idPrefix: 'vm.vulns_export', base: '/vulns/export', cancelMethods: ['POST'], plan: planVulns }, getState),
    ...exportRoutes({ kind: 'assets', idPrefix: 'vm.assets_export', base: '/assets/export', cancelMethods: ['POST'], plan: planAssets }, getState),
    ...ruleRoutes,
  ];
}
