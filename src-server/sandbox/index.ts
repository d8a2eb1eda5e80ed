// The Tenable look-alike sandbox: VM, WAS and Security Center endpoints over real HTTP on
// 127.0.0.1, deterministic data from a seed, a controllable clock, fault injection and a control
// API. Node built-ins only; it shares no code with the clients it serves.
import { createServer } from 'node:http';
import type { Socket } from 'node:net';
import { createControl } from './control';
import type { SandboxControl } from './control';
import { controlRoutes } from './control-routes';
import { compileRoutes } from './http-kit';
import { resolveOptions } from './options';
import type { ResolvedOptions, SandboxOptions } from './options';
import { scRoutes } from './sc-routes';
import { createRequestHandler } from './server';
import { createState } from './state';
import type { SandboxState } from './state';
import { vmRoutes } from './vm-routes';
import { wasRoutes } from './was-routes';

export interface RunningSandbox {
  /** Base URL, e.g. http://127.0.0.1:8444 (no trailing slash). */
  url: string;
  port: number;
  options: ResolvedOptions;
  control: SandboxControl;
  close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const opts = resolveOptions(options);
  let state: SandboxState = createState(opts);
  const getState = (): SandboxState => state;
  const control = createControl(getState, (next) => {
    state = next;
  });
  const routes = compileRoutes([...vmRoutes(getState), ...wasRoutes(getState), ...scRoutes(getState), ...controlRoutes(control)]);
  const handler = createRequestHandler(getState, routes);
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    void handler(req, res);
  });
  // Long keep-alive, like a cloud load balancer: short ones race with clients reusing idle sockets.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : opts.port;
  return {
    url: `http://${opts.host}:${port}`,
    port,
    options: opts,
    control,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
  };
}

export { resolveOptions, DEMO_VM_KEYS, DEMO_SC_KEYS, DEMO_SC_USER, DEFAULT_START_TIME } from './options';
export type { SandboxOptions, ResolvedOptions, ApiKeyPair, ScUser, ExportPacing } from './options';
export type { SandboxControl, MutationOptions, AddOptions, CountQuery, SandboxStats, Product } from './control';
export { FAULT_KINDS } from './fault-types';
export type { FaultKind, FaultRule, FaultParams, FiredFault } from './fault-types';
export type { RequestLogEntry } from './state';
