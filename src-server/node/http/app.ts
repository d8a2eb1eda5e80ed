import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  assetTable,
  connectorLogTable,
  importQueueEntryTable,
  integrationRunTable,
  vulnerableItemTable,
} from '../../../src-shared/model/tables';
import type { HostServices } from '../host-services';
import { ApiError, errorBody } from './api-error';
import { API_BASE } from './api-base';
import { registerConnectionRoutes } from './connections-routes';
import { registerHealthRoute } from './health-route';
import { registerPropertyRoutes } from './properties-routes';
import { registerTableReadRoutes } from './table-read-routes';
import { validationHook } from './validation-hook';
import type { Engine } from '../engine/engine';
import { ConnectorOperations } from '../engine/connector-operations';
import { authenticate, type AuthOptions } from '../security/authenticate';
import { registerAuthRoutes } from '../security/auth-routes';
import { accessPolicy } from './access-policy';
import { registerConnectorRoutes } from './connectors-routes';
import { registerDashboardRoutes } from './dashboard-routes';
import { registerMetricsRoute } from './metrics-route';
import { registerRunRoutes } from './runs-routes';
import { registerVulnerableItemRoutes } from './vulnerable-items-routes';
import { registerWorkspacePage } from './workspace-page';

export interface AppOptions {
  /** Tests of the API alone need no widget bundle. */
  readonly serveWorkspace: boolean;
  readonly auth?: AuthOptions;
}

/** Request bodies are small JSON documents; anything bigger is a mistake or an attack. */
export const MAX_BODY_BYTES = 1024 * 1024;

export function createApp(services: HostServices, engine: Engine, options: AppOptions): OpenAPIHono {
  const app = new OpenAPIHono({ defaultHook: validationHook });

  const limitBody = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json(errorBody(`request body is larger than ${MAX_BODY_BYTES} bytes`, 'body_too_large'), 413) });
  // GET and HEAD requests have no body (the Fetch API refuses one), and asking for it makes the
  // Node adapter build a full Request (abort signal, body stream) for every read: skip them.
  app.use(`${API_BASE}/*`, (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next)));
  app.use(`${API_BASE}/*`, authenticate(services, options.auth));
  app.use(`${API_BASE}/*`, accessPolicy());

  registerHealthRoute(app, services);
  registerAuthRoutes(app, services, options.auth);
  registerMetricsRoute(app, services);
  registerConnectionRoutes(app, services);
  registerConnectorRoutes(app, services, new ConnectorOperations(engine, services.connectionTester));
  registerPropertyRoutes(app, services);
  registerDashboardRoutes(app, services);
  registerRunRoutes(app, services, () => engine.poke());
  registerVulnerableItemRoutes(app, services, engine.deps);
  registerTableReadRoutes(app, services, { table: integrationRunTable, path: '/runs', tag: 'Runs', noun: 'run', omitInList: ['planner_state'], get: false });
  registerTableReadRoutes(app, services, { table: importQueueEntryTable, path: '/queue-entries', tag: 'Queue entries', noun: 'queue entry', omitInList: ['payload', 'resume_details'] });
  registerTableReadRoutes(app, services, { table: connectorLogTable, path: '/logs', tag: 'Logs', noun: 'log entry' });
  registerTableReadRoutes(app, services, { table: vulnerableItemTable, path: '/vulnerable-items', tag: 'Vulnerable items', noun: 'vulnerable item', omitInList: ['output'] });
  registerTableReadRoutes(app, services, { table: assetTable, path: '/assets', tag: 'Assets', noun: 'asset' });

  app.doc31(`${API_BASE}/openapi.json`, {
    openapi: '3.1.0',
    info: { title: 'Exposure Integration Hub API', version: services.version, description: 'Scripted REST API of the x_eih app; the same paths on the local host and on the instance.' },
  });

  if (options.serveWorkspace) registerWorkspacePage(app);

  app.notFound((c) => c.json(errorBody(`no route for ${c.req.method} '${new URL(c.req.url).pathname}'`, 'not_found'), 404));
  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(errorBody(error.publicMessage, error.detail), error.status);
    if (error instanceof HTTPException) {
      // Hono's own client errors (malformed JSON, bad content type) keep their status, with a
      // message that says what to send instead.
      const status = error.status as ContentfulStatusCode;
      if (status === 415) {
        const type = (c.req.header('content-type') ?? '').slice(0, 60);
        return c.json(errorBody(`unsupported content type '${type}': send the body as application/json`, 'unsupported_media_type'), 415);
      }
      if (status === 400) return c.json(errorBody(`malformed json in request body: ${error.message || 'it does not parse'}`, 'malformed_request'), 400);
      return c.json(errorBody(error.message || 'invalid request', null), status);
    }
    services.logger.error({ err: error, method: c.req.method, path: new URL(c.req.url).pathname }, 'unhandled error');
    return c.json(errorBody('internal error', 'the hub hit an unexpected error; it is logged'), 500);
  });
  return app;
}
