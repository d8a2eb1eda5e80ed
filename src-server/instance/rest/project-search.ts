import { fail, type Result } from '../../../src-shared/core/result';
import { PROJECT_TYPES, type ProjectType } from '../../../src-shared/model/vocabulary';
import { findProjects } from '../projects-lookup';
import { answer, type HubAnswer, type HubCall } from './hub-http';

/** Longest project name filter accepted (the contract's limit, connector-contract.ts). */
const MAX_PROJECT_NAME = 200;

/** `?type=WAS|VM&name=`, the Node host's query (type defaults to WAS), searched with a connection. */
export function projectSearch(call: HubCall, connectionId: string | null): Result<HubAnswer> {
  const type = call.query('type') ?? 'WAS';
  if (!(PROJECT_TYPES as readonly string[]).includes(type)) return fail('invalid_query', `type must be one of ${PROJECT_TYPES.join(', ')}, got '${type}'`, 400, { field: 'type' });
  const name = call.query('name');
  if (name !== undefined && name.length > MAX_PROJECT_NAME) return fail('invalid_query', `name must be at most ${MAX_PROJECT_NAME} characters, got ${name.length}`, 400, { field: 'name' });
  const projects = findProjects(connectionId, type as ProjectType, name);
  return projects.ok ? answer(projects.value) : projects;
}
