/** Turns a zod validation failure into a 400 that names the first bad field and why. */
import type { Context } from 'hono';
import type { z } from 'zod';
import { errorBody } from './api-error';

interface HookResult {
  success: boolean;
  error?: z.ZodError;
  target?: string;
}

export function describeIssues(error: z.ZodError, target = 'body'): string {
  const issue = error.issues[0];
  if (!issue) return `invalid ${target}`;
  if (issue.code === 'unrecognized_keys') return `unknown field '${issue.keys.join("', '")}' in ${target}`;
  const path = issue.path.length > 0 ? issue.path.join('.') : target;
  return `invalid field '${path}' in ${target}: ${issue.message}`;
}

export function validationHook(result: HookResult, c: Context) {
  if (!result.success && result.error) {
    const target = result.target === 'json' ? 'body' : (result.target ?? 'request');
    return c.json(errorBody(describeIssues(result.error, target), JSON.stringify(result.error.issues.slice(0, 5))), 400);
  }
  return undefined;
}
