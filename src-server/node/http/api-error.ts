/**
 * Errors at the HTTP edge, in ServiceNow's shape. Client mistakes are 4xx that name the field and
 * the reason; a 500 means a bug of ours and is logged with the request id.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Failure } from '../../../src-shared/core/result';

export function errorBody(message: string, detail: string | null = null) {
  return { error: { message, detail }, status: 'failure' as const };
}

export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly publicMessage: string,
    readonly detail: string | null = null,
  ) {
    super(status, { message: publicMessage });
  }
}

export function failureToApiError(failure: Failure): ApiError {
  const detail = failure.details ? JSON.stringify(failure.details) : failure.code;
  return new ApiError(failure.statusHint as ContentfulStatusCode, failure.message, detail);
}

export function notFound(what: string, id: string): ApiError {
  return new ApiError(404, `no ${what} with sys_id '${id}'`, 'not_found');
}

export function respondError(c: Context, status: ContentfulStatusCode, message: string, detail: string | null = null) {
  return c.json(errorBody(message, detail), status);
}
