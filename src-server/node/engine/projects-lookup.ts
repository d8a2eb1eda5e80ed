/**
 * The wizard's project search: WAS scan configs through the core's projects planner (paging and
 * name filter decided there). VM has no project objects in Tenable: a VM connector imports the
 * container's assets, offered as one project so the wizard's two tabs behave alike.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { fail, ok, type Result } from '../../../src-shared/core/result';
import type { PlannerEvent } from '../../../src-shared/tenable/planner-protocol';
import { createProjectsPlanner, type WasProject } from '../../../src-shared/tenable/was-projects-planner';
import type { RevealedConnection } from '../host-services';
import { TenableTransport } from './tenable-transport';

export const VM_ALL_ASSETS: WasProject = { id: 'vm-all-assets', name: 'All assets in the Tenable container', target: null };

export async function findProjects(connection: RevealedConnection, type: 'WAS' | 'VM', name: string | undefined, now: () => number): Promise<Result<WasProject[]>> {
  if (type === 'VM') {
    return ok(!name || VM_ALL_ASSETS.name.toLowerCase().includes(name.toLowerCase()) ? [VM_ALL_ASSETS] : []);
  }
  const transport = new TenableTransport(connection, { requestTimeoutMs: 30_000, onRequestMs: () => undefined });
  const planner = createProjectsPlanner();
  // Someone is waiting in the wizard: one quick retry, not a sync's patience.
  let state = planner.init({ nameFilter: name ?? null, maxRetriesPerRun: 1 });
  const events: PlannerEvent[] = [{ type: 'start' }];
  for (let steps = 0; events.length > 0 && steps < 1000; steps++) {
    const result = planner.step(state, events.shift() as PlannerEvent, { now: now() });
    state = result.state;
    for (const command of result.commands) {
      if (command.kind === 'request') events.push(await transport.request(command));
      else if (command.kind === 'wait') {
        await sleep(Math.min(command.ms, 1000));
        events.push({ type: 'waited' });
      } else if (command.kind === 'done') return ok([...command.projects]);
      else if (command.kind === 'fail') return fail(command.failure.code, command.failure.message, 502, { statusCode: command.failure.statusCode });
    }
  }
  return fail('projects_unavailable', 'the project search did not finish', 502);
}
