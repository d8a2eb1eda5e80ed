/**
 * JSON request bodies checked against a zod schema. Only `application/json` is read: a cross-site
 * HTML form cannot send that type without a CORS preflight, which closes login CSRF; and a
 * failure names the field (`user_name: ...`) so the caller knows what to fix.
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { failure } from './security-failure';

export const MAX_JSON_BODY_BYTES = 64 * 1024;

export type BodyOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly response: Response };

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'body'}: ${issue.message}`)
    .join('; ');
}

export async function readJsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<BodyOutcome<z.infer<S>>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type.trim())) {
    return { ok: false, response: failure(c, 415, 'unsupported content type', `send the body as application/json, got '${type.slice(0, 60)}'`) };
  }
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > MAX_JSON_BODY_BYTES) return { ok: false, response: failure(c, 413, 'request body too large', `at most ${MAX_JSON_BODY_BYTES} bytes`) };
  const text = await c.req.text();
  if (Buffer.byteLength(text) > MAX_JSON_BODY_BYTES) return { ok: false, response: failure(c, 413, 'request body too large', `at most ${MAX_JSON_BODY_BYTES} bytes`) };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, response: failure(c, 400, 'invalid request body', 'body: not valid json') };
  }
  // PostgreSQL cannot store NUL in text: refuse it here as a client mistake, never a 500.
  if (containsNul(json)) return { ok: false, response: failure(c, 400, 'invalid request body', 'body: text must not contain NUL (\\u0000) characters') };
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { ok: false, response: failure(c, 400, 'invalid request body', describeIssues(parsed.error)) };
  return { ok: true, value: parsed.data };
}

function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value !== null && typeof value === 'object') return Object.entries(value).some(([key, item]) => key.includes('\u0000') || containsNul(item));
  return false;
}
