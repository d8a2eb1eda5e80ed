import type { Hono } from 'hono';
import { sql } from 'kysely';
import type { HostServices } from '../host-services';
import { API_BASE } from './api-base';

/** Liveness plus a real round trip to the store, so "healthy" means the database answers. */
export function registerHealthRoute(app: Hono, services: HostServices): void {
  app.get(`${API_BASE}/health`, async (c) => {
    const started = performance.now();
    try {
      await sql`select 1`.execute(services.database.db);
      return c.json({
        result: {
          status: 'ok',
          version: services.version,
          store: services.database.dialect,
          store_ms: Math.round((performance.now() - started) * 100) / 100,
          uptime_s: Math.round(process.uptime()),
        },
      });
    } catch (error) {
      services.logger.error({ err: error }, 'health check: store did not answer');
      return c.json({ error: { message: 'store unavailable', detail: 'the database did not answer' }, status: 'failure' }, 503);
    }
  });
}
