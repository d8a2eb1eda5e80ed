// Tenable Web App Scanning routes: scan-config search (the "projects") and the findings export.
import { parseFindingFilters } from './finding-query';
import { jsonReply } from './http-kit';
import type { Route } from './http-kit';
import { badRequest, canonicalJson, clampInt, exportRoutes } from './export-routes';
import type { PlanResult } from './export-routes';
import { snapshotNow } from './state';
import type { SandboxState } from './state';
import type { WasApp } from './was-data';

type AppFilter = { ok: true; match: (app: WasApp) => boolean } | { ok: false; message: string };

const FIELDS: Record<string, (app: WasApp) => string> = {
  name: (a) => a.name,
  target: (a) => a.target,
  description: (a) => a.description,
  config_id: (a) => a.configId,
  owner_id: (a) => a.ownerId,
};

function compileAppFilter(f: unknown): AppFilter {
  if (f === undefined || f === null || (typeof f === 'object' && Object.keys(f).length === 0)) return { ok: true, match: () => true };
  if (typeof f !== 'object' || Array.isArray(f)) return { ok: false, message: 'filter must be an object' };
  const o = f as Record<string, unknown>;
  const group = o.AND ?? o.and ?? o.OR ?? o.or;
  if (group !== undefined) {
    if (!Array.isArray(group)) return { ok: false, message: 'AND/OR must hold an array of filters' };
    const parts: Array<(a: WasApp) => boolean> = [];
    for (const g of group) {
      const c = compileAppFilter(g);
      if (!c.ok) return c;
      parts.push(c.match);
    }
    const isOr = o.OR !== undefined || o.or !== undefined;
    return { ok: true, match: isOr ? (a) => parts.some((p) => p(a)) : (a) => parts.every((p) => p(a)) };
  }
  const field = FIELDS[String(o.field)];
  if (!field) return { ok: false, message: `unsupported filter field: ${String(o.field)}` };
  const values = (Array.isArray(o.value) ? o.value : [o.value]).map((v) => String(v));
  const lower = values.map((v) => v.toLowerCase());
  const has = (a: WasApp): boolean => lower.some((v) => field(a).toLowerCase().includes(v));
  switch (o.operator) {
    case 'eq': return { ok: true, match: (a) => values.includes(field(a)) };
    case 'neq': return { ok: true, match: (a) => !values.includes(field(a)) };
    case 'match':
    case 'contains': return { ok: true, match: has };
    case 'nmatch':
    case 'ncontains': return { ok: true, match: (a) => !has(a) };
    default: return { ok: false, message: `unsupported filter operator: ${String(o.operator)}` };
  }
}

const SORTABLE: Record<string, (a: WasApp) => string> = {
  name: (a) => a.name.toLowerCase(),
  target: (a) => a.target,
  created_at: (a) => String(a.createdMs).padStart(15, '0'),
  updated_at: (a) => String(a.updatedMs).padStart(15, '0'),
};

function planWas(body: unknown, state: SandboxState): PlanResult {
  const b = (body ?? {}) as Record<string, unknown>;
  const perChunk = clampInt(b.num_assets ?? b.chunk_size, 50, 5000, 50);
  if (perChunk === undefined) return { ok: false, message: `num_assets must be a number, got ${JSON.stringify(b.num_assets)}` };
  const parsed = parseFindingFilters(b.filters, 'was');
  if (!parsed.ok) return parsed;
  const q = parsed.value;
  const snap = snapshotNow(state);
  const { was } = state;
  const range = (id: number): [number, number] => [(id - 1) * perChunk, Math.min(was.appCount, id * perChunk)];
  return {
    ok: true,
    key: canonicalJson({ filters: b.filters ?? {}, num_assets: perChunk }),
    filters: b.filters ?? {},
    perChunk,
    plan: {
      totalChunks: Math.ceil(was.appCount / perChunk),
      count: (id) => was.countMatching(...range(id), q, snap),
      pieces: (id) => was.vulnPieces(...range(id), q, snap),
    },
  };
}

export function wasRoutes(getState: () => SandboxState): Route[] {
  return [
    {
      id: 'was.configs.search', method: 'POST', pattern: '/was/v2/configs/search', auth: 'vm',
      handle: (ctx) => {
        const { was } = getState();
        const limitText = ctx.query.get('limit');
        const offsetText = ctx.query.get('offset');
        const limit = limitText === null ? 10 : Number(limitText);
        const offset = offsetText === null ? 0 : Number(offsetText);
        if (!Number.isInteger(limit) || limit < 1 || limit > 200) return badRequest(`limit must be an integer between 1 and 200, got ${String(limitText)}`);
        if (!Number.isInteger(offset) || offset < 0) return badRequest(`offset must be a non-negative integer, got ${String(offsetText)}`);
        const sortText = ctx.query.get('sort') ?? 'name:asc';
        const sorts: Array<{ name: string; order: 'asc' | 'desc' }> = [];
        for (const part of sortText.split(',')) {
          const [name = '', order = 'asc'] = part.split(':');
          if (!SORTABLE[name] || (order !== 'asc' && order !== 'desc')) return badRequest(`unsupported sort: ${part}`);
          sorts.push({ name, order });
        }
        const filter = compileAppFilter(ctx.body);
        if (!filter.ok) return badRequest(filter.message);
        const apps: WasApp[] = [];
        for (let k = 0; k < was.appCount; k++) {
          const app = was.appOf(k);
          if (filter.match(app)) apps.push(app);
        }
        apps.sort((x, y) => {
          for (const s of sorts) {
            const key = SORTABLE[s.name] as (a: WasApp) => string;
            const c = key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0;
            if (c !== 0) return s.order === 'asc' ? c : -c;
          }
          return x.index - y.index;
        });
        return jsonReply(200, {
          pagination: { total: apps.length, offset, limit, sort: sorts },
          items: apps.slice(offset, offset + limit).map((a) => was.configObject(a)),
        });
      },
    },
    ...exportRoutes({ kind: 'was', idPrefix: 'was.export', base: '/was/v1/export/vulns', cancelMethods: ['POST', 'PUT'], plan: planWas }, getState),
  ];
}
