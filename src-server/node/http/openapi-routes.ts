/** Small builders so each resource declares its routes in a line or two, all in the OpenAPI doc. */
import { createRoute, type OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import { errorEnvelopeSchema, listQuerySchema, resultOf, sysIdParamSchema } from '../../../src-shared/contract/envelope';
import { API_BASE } from './api-base';

const failure = (description: string) => ({ description, content: { 'application/json': { schema: errorEnvelopeSchema } } });

const ERRORS = {
  400: failure('Invalid input: the message names the field and the reason'),
  401: failure('Not signed in'),
  403: failure('Signed in without the needed role'),
  404: failure('No such record'),
  409: failure('Conflicts with the current state'),
  422: failure('Well-formed but refused by a rule of the core (schedule, status mapping, missing connection)'),
} as const;
/** Every non-GET request passes the body-size limit, whether or not the route reads a body. */
const WRITE_ERRORS = { 413: failure('Request body larger than the limit') } as const;
const BODY_ERRORS = { 415: failure('Body not sent as application/json') } as const;
const UPSTREAM_ERRORS = { 502: failure('Tenable did not answer as expected; the message says how') } as const;

export interface RouteSpec {
  readonly method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  readonly path: string;
  readonly tag: string;
  readonly summary: string;
  readonly params?: z.ZodObject;
  readonly query?: z.ZodObject;
  readonly body?: z.ZodType;
  readonly response: z.ZodType;
  readonly status?: 200 | 201 | 202;
  /** List routes carry X-Total-Count and Link headers. */
  readonly list?: boolean;
  /** The body may be left out (its schema's defaults then apply). */
  readonly bodyOptional?: boolean;
  /** The route calls Tenable and answers 502 when Tenable fails. */
  readonly upstream?: boolean;
}

export function apiRoute(spec: RouteSpec) {
  const request: RouteConfig['request'] = {};
  if (spec.params) request.params = spec.params;
  if (spec.query) request.query = spec.query;
  if (spec.body) request.body = { content: { 'application/json': { schema: spec.body } }, required: spec.bodyOptional !== true };
  const status = spec.status ?? 200;
  return createRoute({
    method: spec.method,
    path: `${API_BASE}${spec.path}`,
    tags: [spec.tag],
    summary: spec.summary,
    request,
    responses: {
      [status]: {
        description: spec.summary,
        content: { 'application/json': { schema: resultOf(spec.list ? z.array(spec.response) : spec.response) } },
        ...(spec.list ? { headers: z.object({ 'X-Total-Count': z.string(), Link: z.string() }) } : {}),
      },
      ...ERRORS,
      ...(spec.method !== 'get' ? WRITE_ERRORS : {}),
      ...(spec.body ? BODY_ERRORS : {}),
      ...(spec.upstream ? UPSTREAM_ERRORS : {}),
    },
  });
}

export const idParams = sysIdParamSchema;
export const listQuery = listQuerySchema;

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;

export interface RouteInput<S extends RouteSpec> {
  readonly c: Context;
  readonly params: Infer<S['params']>;
  readonly query: Infer<S['query']>;
  readonly body: Infer<S['body']>;
}

/**
 * Registers one route: validated by its zod schemas (400 naming the field on failure), described
 * in the OpenAPI document, and handed to a handler that receives the parsed input already typed.
 */
export function defineRoute<const S extends RouteSpec>(app: OpenAPIHono, spec: S, handler: (input: RouteInput<S>) => Promise<Response>): void {
  // zod-openapi's handler typing cannot follow a spec built at run time; the cast stays here.
  const valid = (c: Context, target: string) => (c.req as unknown as { valid: (t: string) => unknown }).valid(target);
  app.openapi(apiRoute(spec), ((c: Context) =>
    handler({
      c,
      params: (spec.params ? valid(c, 'param') : undefined) as Infer<S['params']>,
      query: (spec.query ? valid(c, 'query') : undefined) as Infer<S['query']>,
      body: (spec.body ? valid(c, 'json') : undefined) as Infer<S['body']>,
    })) as never);
}
