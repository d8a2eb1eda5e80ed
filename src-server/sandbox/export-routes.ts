// The export workflow routes shared by VM vulns, VM assets and WAS vulns: create (409 duplicate,
// 429 when too many run), status (advances the job), chunk download (streamed; 404 when not
// ready, failed or expired), cancel and the status listing. Export-shaped faults act here.
import type { ChunkPlan, ExportJob, ExportKind } from './export-jobs';
import { jsonReply, tooManyRequests } from './http-kit';
import type { Reply, RequestContext, Route } from './http-kit';
import type { SandboxState } from './state';

export type PlanResult = { ok: true; key: string; filters: unknown; perChunk: number; plan: ChunkPlan } | { ok: false; message: string };

export interface ExportSpec {
  kind: ExportKind;
  idPrefix: string;
  base: string;
  cancelMethods: string[];
  plan(body: unknown, state: SandboxState): PlanResult;
}

export const CHUNK_MISSING = { error: 'Chunk does not exist' };
export const EXPORT_MISSING = { status: 404, message: 'Export expired or not found' };

export function badRequest(message: string): Reply {
  return jsonReply(400, { statusCode: 400, error: 'Bad Request', message });
}

/** JSON with sorted keys, so two equal requests give the same duplicate-detection key. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (typeof v === 'object' && v !== null) {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

export function clampInt(v: unknown, min: number, max: number, fallback: number): number | undefined {
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'number' || !Number.isFinite(v)) return undefined;
  return Math.min(max, Math.max(min, Math.floor(v)));
}

function applyJobFault(ctx: RequestContext, state: SandboxState, job: ExportJob): void {
  const f = ctx.fault;
  if (!f) return;
  if (f.kind === 'export_error') state.jobs.markError(job);
  else if (f.kind === 'export_stuck') state.jobs.markStuck(job);
  else if (f.kind === 'chunks_failed') state.jobs.failChunks(job, f.params.count ?? 1);
}

function conflict(job: ExportJob): Reply {
  return jsonReply(409, { active_job_id: job.uuid, failure_reason: `Duplicate export not allowed. Export request ${job.uuid} is in conflict with the ongoing export` });
}

export function exportRoutes(spec: ExportSpec, getState: () => SandboxState): Route[] {
  const { idPrefix, base, kind } = spec;
  const routes: Route[] = [
    {
      id: `${idPrefix}.list`, method: 'GET', pattern: `${base}/status`, auth: 'vm',
      handle: () => {
        const state = getState();
        for (const job of state.jobs.all(kind)) state.jobs.advance(job, false);
        return jsonReply(200, state.jobs.listBody(kind));
      },
    },
    {
      id: `${idPrefix}.create`, method: 'POST', pattern: base, auth: 'vm',
      handle: (ctx) => {
        const state = getState();
        if (ctx.body !== undefined && (typeof ctx.body !== 'object' || ctx.body === null || Array.isArray(ctx.body))) return badRequest('request body must be a JSON object');
        const planned = spec.plan(ctx.body, state);
        if (!planned.ok) return badRequest(planned.message);
        if (ctx.fault?.kind === 'duplicate_export') {
          const active = state.jobs.all(kind).find((j) => j.status === 'QUEUED' || j.status === 'PROCESSING');
          const created = active ?? (state.jobs.create(kind, planned.key, planned.filters, planned.perChunk, planned.plan, true) as { job: ExportJob }).job;
          return conflict(created);
        }
        const outcome = state.jobs.create(kind, planned.key, planned.filters, planned.perChunk, planned.plan);
        if (outcome.outcome === 'duplicate') return conflict(outcome.job);
        if (outcome.outcome === 'busy') return tooManyRequests(state.opts.exports.retryAfterSeconds);
        applyJobFault(ctx, state, outcome.job);
        return jsonReply(200, { export_uuid: outcome.job.uuid });
      },
    },
    {
      id: `${idPrefix}.status`, method: 'GET', pattern: `${base}/:uuid/status`, auth: 'vm',
      handle: (ctx) => {
        const state = getState();
        const job = state.jobs.get(kind, ctx.params.uuid ?? '');
        if (!job) return jsonReply(404, EXPORT_MISSING);
        applyJobFault(ctx, state, job);
        state.jobs.advance(job, true);
        return jsonReply(200, state.jobs.statusBody(job));
      },
    },
    {
      id: `${idPrefix}.chunk`, method: 'GET', pattern: `${base}/:uuid/chunks/:chunk`, auth: 'vm',
      handle: (ctx) => {
        const state = getState();
        const job = state.jobs.get(kind, ctx.params.uuid ?? '');
        if (!job) return jsonReply(404, EXPORT_MISSING);
        if (ctx.fault?.kind === 'chunk_not_found') return jsonReply(404, CHUNK_MISSING);
        state.jobs.advance(job, false);
        const chunkId = Number(ctx.params.chunk);
        if (!Number.isInteger(chunkId) || !state.jobs.chunkReady(job, chunkId)) return jsonReply(404, CHUNK_MISSING);
        return { status: 200, headers: { 'content-type': 'application/octet-stream' }, pieces: () => job.plan.pieces(chunkId) };
      },
    },
  ];
  for (const method of spec.cancelMethods) {
    routes.push({
      id: `${idPrefix}.cancel`, method, pattern: `${base}/:uuid/cancel`, auth: 'vm',
      handle: (ctx) => {
        const state = getState();
        const job = state.jobs.get(kind, ctx.params.uuid ?? '');
        if (!job) return jsonReply(404, EXPORT_MISSING);
        return jsonReply(200, { status: state.jobs.cancel(job) });
      },
    });
  }
  return routes;
}
