import { fail, ok, type Result } from '../../src-shared/core/result';
import type { ProjectType } from '../../src-shared/model/vocabulary';
import type { PlannerEvent } from '../../src-shared/tenable';
import { createProjectsPlanner, type WasProject } from '../../src-shared/tenable/was-projects-planner';
import { callTenable, loadTarget } from './glide/tenable-transport';
import { coreContext } from './instance-context';

/**
 * The wizard's project search, as on the Node host (engine/projects-lookup.ts): WAS scan configs
 * through the core's projects planner (paging and name filter decided there) over RESTMessageV2.
 * VM has no project objects in Tenable: a VM connector imports the container's assets, offered as
 * one project so the wizard's two tabs behave alike.
 */

export const VM_ALL_ASSETS: WasProject = { id: 'vm-all-assets', name: 'All assets in the Tenable container', target: null };

/** Planner steps one search may take (200 configs a page: far beyond any real container). */
const MAX_STEPS = 1000;

export function findProjects(connectionId: string | null, type: ProjectType, name: string | undefined): Result<WasProject[]> {
  if (type === 'VM') {
    return ok(name === undefined || name === '' || VM_ALL_ASSETS.name.toLowerCase().includes(name.toLowerCase()) ? [VM_ALL_ASSETS] : []);
  }
  const target = loadTarget(connectionId);
  if (!target.ok) return target;
  const planner = createProjectsPlanner();
  const session = { token: null, cookie: null };
  // Someone is waiting in the wizard: one quick retry, not a sync's patience.
  let state = planner.init({ nameFilter: name ?? null, maxRetriesPerRun: 1 });
  const events: PlannerEvent[] = [{ type: 'start' }];
  for (let steps = 0; events.length > 0 && steps < MAX_STEPS; steps += 1) {
    const result = planner.step(state, events.shift() as PlannerEvent, coreContext());
    state = result.state;
    for (const command of result.commands) {
      if (command.kind === 'request') {
        const answer = callTenable(target.value, { method: command.method, path: command.path, ...(command.query ? { query: command.query } : {}), ...(command.body !== undefined ? { body: command.body } : {}), auth: command.auth }, session);
        events.push(
          answer.outcome.kind === 'network'
            ? { type: 'network_error', requestId: command.id, failure: { message: `network failure: ${answer.outcome.failure}`, code: answer.outcome.failure } }
            : { type: 'reply', requestId: command.id, status: answer.outcome.status, body: answer.outcome.body, ...(answer.outcome.headers ? { headers: answer.outcome.headers } : {}) },
        );
      } else if (command.kind === 'wait') {
        // A scoped script cannot sleep; the single retry the spec allows goes at once.
        events.push({ type: 'waited' });
      } else if (command.kind === 'done') return ok([...command.projects]);
      else if (command.kind === 'fail') return fail(command.failure.code, command.failure.message, 502, { statusCode: command.failure.statusCode });
    }
  }
  return fail('projects_unavailable', 'the project search did not finish', 502);
}
