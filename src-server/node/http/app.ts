import { Hono } from 'hono';
import type { HostServices } from '../host-services';
import { registerHealthRoute } from './health-route';
import { registerWorkspacePage } from './workspace-page';

export interface AppOptions {
  /** Tests of the API alone need no widget bundle. */
  readonly serveWorkspace: boolean;
}

export function createApp(services: HostServices, options: AppOptions): Hono {
  const app = new Hono();
  registerHealthRoute(app, services);
  if (options.serveWorkspace) registerWorkspacePage(app);
  return app;
}
