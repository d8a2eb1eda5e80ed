/**
 * Who may call what: reads need `x_eih.viewer`, writes need `x_eih.admin` (admin implies viewer).
 * Health and the OpenAPI document are public; `/auth/*` applies its own rules.
 */
import type { MiddlewareHandler } from 'hono';
import { requireRole } from '../security/authenticate';
import { API_BASE } from './api-base';

const PUBLIC = new Set([`${API_BASE}/health`, `${API_BASE}/openapi.json`]);
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function accessPolicy(): MiddlewareHandler {
  const viewer = requireRole('x_eih.viewer');
  const admin = requireRole('x_eih.admin');
  return async (c, next) => {
    const path = new URL(c.req.url).pathname;
    if (PUBLIC.has(path) || path.startsWith(`${API_BASE}/auth/`)) return next();
    return READ_METHODS.has(c.req.method) ? viewer(c, next) : admin(c, next);
  };
}
