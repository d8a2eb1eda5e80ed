/**
 * Errors in ServiceNow's REST shape, `{ error: { message, detail }, status: 'failure' }`, so a
 * client written against the instance reads local-host failures the same way.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface FailureBody {
  readonly error: { readonly message: string; readonly detail: string | null };
  readonly status: 'failure';
}

export function failureBody(message: string, detail: string | null = null): FailureBody {
  return { error: { message, detail }, status: 'failure' };
}

export function failure(c: Context, status: ContentfulStatusCode, message: string, detail: string | null = null, headers: Record<string, string> = {}): Response {
  return c.json(failureBody(message, detail), status, headers);
}
