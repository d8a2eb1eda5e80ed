/** Connectors as the API shows and takes them, including what the wizard sends in one request. */
import { z } from 'zod';
import { connectorTable } from '../model/tables';
import { LOCAL_STATUSES, PROJECT_TYPES, REMOTE_STATES, SEVERITIES } from '../model/vocabulary';
import { recordSchema, storableString, writableSchema } from './record-schemas';

/** Set by the engine and the lifecycle machine, never by a client. */
const READ_ONLY = [
  'status', 'health', 'warning', 'next_run_at', 'last_fired_at', 'last_run', 'last_run_status', 'last_success_at',
  'last_success_cursor', 'retry_at', 'retry_attempt',
] as const;

export const connectorSchema = recordSchema(connectorTable);

export const statusMappingRowSchema = z.strictObject({
  local_status: z.enum(LOCAL_STATUSES),
  remote_status: z.enum(REMOTE_STATES),
  order: z.number().int().min(0).max(1000).optional(),
});

export const statusMappingSchema = z.object({
  version: z.number().int(),
  rows: z.array(z.object({ local_status: z.enum(LOCAL_STATUSES), remote_status: z.enum(REMOTE_STATES), order: z.number().int(), mapping_version: z.number().int() })),
});

export const severityFilterSchema = z.strictObject({ severities: z.array(z.enum(SEVERITIES)).max(5) });

export const connectorProjectInputSchema = z.strictObject({
  project_type: z.enum(PROJECT_TYPES),
  external_id: storableString(100, 1),
  name: storableString(255).nullable().optional(),
});

export const connectorCreateSchema = writableSchema(connectorTable, 'create', READ_ONLY).extend({
  status_mapping: z.array(statusMappingRowSchema).max(50).optional(),
  severities: z.array(z.enum(SEVERITIES)).max(5).optional(),
  projects: z.array(connectorProjectInputSchema).max(1000).optional(),
});
export const connectorUpdateSchema = writableSchema(connectorTable, 'update', READ_ONLY);

export const executeSchema = z.strictObject({ full_import: z.boolean().default(false) });

export const projectsQuerySchema = z.strictObject({
  type: z.enum(PROJECT_TYPES).default('WAS'),
  name: z.string().max(200).optional(),
});
export const projectSchema = z.object({ id: z.string(), name: z.string(), target: z.string().nullable().optional() });

export const logsQuerySchema = z.strictObject({
  stage: z.enum(['initiating', 'connectivity_test', 'fetching', 'normalizing', 'processing']).optional(),
  level: z.enum(['debug', 'info', 'warn', 'error']).optional(),
  since: z.string().max(40).optional(),
  sysparm_limit: z.coerce.number().int().min(1).max(10_000).default(100),
  sysparm_offset: z.coerce.number().int().min(0).default(0),
});

export const connectorTestResultSchema = z.object({
  status: z.enum(['success', 'error']),
  status_code: z.number().int().nullable(),
  message: z.string(),
  suggestion: z.string(),
  updated: z.string(),
  reason: z.string(),
});
