/**
 * Connections as the API shows them: every column but the secrets, which are write-only: a
 * response says only whether each is set.
 */
import { z } from 'zod';
import { connectionTable } from '../model/tables';
import { recordSchema, writableSchema } from './record-schemas';

const READ_ONLY = ['status', 'status_code', 'message', 'suggestion', 'last_tested', 'updated'] as const;

export const credentialPresenceSchema = z.enum(['set', 'not_set']);

export const connectionSchema = recordSchema(connectionTable).extend({
  credentials: z.object({
    access_key: credentialPresenceSchema,
    secret_key: credentialPresenceSchema,
    sc_password: credentialPresenceSchema,
  }),
});
export type ConnectionView = z.infer<typeof connectionSchema>;

export const connectionCreateSchema = writableSchema(connectionTable, 'create', READ_ONLY);
export const connectionUpdateSchema = writableSchema(connectionTable, 'update', READ_ONLY);
export type ConnectionCreate = z.infer<typeof connectionCreateSchema>;

export const connectionTestResultSchema = z.object({
  status: z.enum(['success', 'error']),
  status_code: z.number().int().nullable(),
  message: z.string(),
  suggestion: z.string(),
  updated: z.string(),
  connectors: z.array(z.object({ sys_id: z.string(), name: z.string(), health: z.string() })),
});
export type ConnectionTestResult = z.infer<typeof connectionTestResultSchema>;
