import type { Result } from '../../../src-shared/core/result';
import { failureToApiError } from './api-error';

/** A core Result at the HTTP edge: the value, or the failure thrown as its 4xx/5xx. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw failureToApiError(result.error);
  return result.value;
}
