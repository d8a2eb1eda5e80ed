/** What every API failure must look like, shared by the fuzz suites. */
import { expect } from 'vitest';
import type { ApiResponse } from './api-harness';

/** A 4xx message names a field (quoted) or the reason in words a caller can act on. */
export const NAMES_FIELD_OR_REASON = /'[^']*'|sysparm_\w+|\bjson\b|content type|bytes|sys_id|\w+: /i;

/**
 * No 5xx; a 4xx is ServiceNow's error shape naming the problem. The auth routes (security's own
 * code) put a generic message and the field in `detail` (`user_name: ...`), so for them either
 * may name it.
 */
export function expectSaneFailure(response: ApiResponse, authRoute = false): void {
  expect(response.status, response.text.slice(0, 300)).toBeLessThan(500);
  if (response.status >= 400) {
    expect(response.body).toMatchObject({ status: 'failure', error: { message: expect.any(String) } });
    const named = authRoute ? `${response.body.error.message} ${String(response.body.error.detail)}` : response.body.error.message;
    expect(named, JSON.stringify(response.body)).toMatch(NAMES_FIELD_OR_REASON);
  }
}
