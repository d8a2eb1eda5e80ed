// The control API over HTTP (JSON under /_sandbox/), a thin mapping onto SandboxControl.
import type { FaultRule } from './fault-types';
import { jsonReply } from './http-kit';
import type { Reply, RequestContext, Route } from './http-kit';
import type { AddOptions, CountQuery, MutationOptions, SandboxControl } from './control';

function body<T>(ctx: RequestContext): T {
  return (ctx.body ?? {}) as T;
}

function guarded(fn: (ctx: RequestContext) => unknown): (ctx: RequestContext) => Reply {
  return (ctx) => {
    try {
      return jsonReply(200, fn(ctx));
    } catch (e) {
      return jsonReply(400, { error: e instanceof Error ? e.message : String(e) });
    }
  };
}

export function controlRoutes(control: SandboxControl): Route[] {
  const route = (method: string, path: string, name: string, fn: (ctx: RequestContext) => unknown): Route => ({
    id: `control.${name}`, method, pattern: `/_sandbox/${path}`, auth: 'control', handle: guarded(fn),
  });
  return [
    route('GET', 'state', 'state', () => control.stats()),
    route('GET', 'clock', 'clock.get', () => ({ now: control.now(), iso: new Date(control.now()).toISOString() })),
    route('POST', 'clock', 'clock.advance', (ctx) => {
      const now = control.advanceClock(body<{ advanceSeconds?: number }>(ctx).advanceSeconds ?? 0);
      return { now, iso: new Date(now).toISOString() };
    }),
    route('POST', 'findings/fix', 'findings.fix', (ctx) => ({ finding_ids: control.fixFindings(body<MutationOptions>(ctx)) })),
    route('POST', 'findings/reopen', 'findings.reopen', (ctx) => ({ finding_ids: control.reopenFindings(body<MutationOptions>(ctx)) })),
    route('POST', 'findings/add', 'findings.add', (ctx) => ({ finding_ids: control.addFindings(body<AddOptions>(ctx)) })),
    route('POST', 'keys/revoke', 'keys.revoke', (ctx) => ({ revoked: control.revokeKeys(body<{ accessKey?: string }>(ctx).accessKey) })),
    route('POST', 'keys/restore', 'keys.restore', () => {
      control.restoreKeys();
      return { restored: true };
    }),
    route('POST', 'count', 'count', (ctx) => ({ count: control.count(body<CountQuery>(ctx)) })),
    route('POST', 'exports/complete', 'exports.complete', () => ({ completed: control.completeExports() })),
    route('POST', 'sc/expire-sessions', 'sc.expire', () => ({ expired: control.expireScSessions() })),
    route('GET', 'faults', 'faults.list', () => ({ rules: control.faults(), log: control.faultLog() })),
    route('POST', 'faults', 'faults.add', (ctx) => {
      const b = body<{ rules?: FaultRule[]; replace?: boolean } & Partial<FaultRule>>(ctx);
      const rules = b.rules ?? [b as FaultRule];
      if (b.replace) control.setFaults(rules);
      else for (const r of rules) control.addFault(r);
      return { rules: control.faults() };
    }),
    route('DELETE', 'faults', 'faults.clear', () => {
      control.clearFaults();
      return { rules: [] };
    }),
    route('GET', 'requests', 'requests', () => ({ requests: control.requests() })),
    route('POST', 'reset', 'reset', () => {
      control.reset();
      return { reset: true };
    }),
  ];
}
