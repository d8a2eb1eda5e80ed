/** ServiceNow's REST envelope: `{ result }` on success, `{ error: { message, detail }, status }` on failure. */
import { z } from 'zod';
import { storableString } from './record-schemas';

export function resultOf<T extends z.ZodType>(schema: T) {
  return z.object({ result: schema });
}

export const errorEnvelopeSchema = z.object({
  error: z.object({ message: z.string(), detail: z.string().nullable() }),
  status: z.literal('failure'),
});
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;

/** Query parameters every list route takes. */
export const listQuerySchema = z.strictObject({
  sysparm_limit: z.coerce.number().int().min(1).max(10_000).default(100),
  sysparm_offset: z.coerce.number().int().min(0).max(100_000_000).default(0),
  // No NUL: PostgreSQL refuses it in a query parameter (a 400 here, not a 500 in the store).
  sysparm_fields: storableString(2000).optional(),
  sysparm_query: storableString(8000).optional(),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

export const sysIdParamSchema = z.object({ id: z.string().regex(/^[0-9a-f]{32}$/, 'expected a 32-character sys_id') });
