/**
 * Checks a response against the API's own OpenAPI document: the status must be one the operation
 * documents, and the body must match that status's JSON schema (validated with Ajv for JSON Schema
 * 2020-12, the dialect of OpenAPI 3.1). Responses of routes outside the document (auth, metrics,
 * SSE) must still use ServiceNow's error shape when they fail.
 */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

interface OperationDoc {
  readonly requestBody?: { readonly required?: boolean };
  readonly responses: Record<string, { content?: Record<string, { schema?: object }>; headers?: Record<string, { required?: boolean }> }>;
}
export interface OpenApiDocument {
  readonly openapi: string;
  readonly paths: Record<string, Record<string, OperationDoc>>;
}

export interface MatchedOperation {
  readonly template: string;
  readonly method: string;
  readonly operation: OperationDoc;
}

const ERROR_ENVELOPE = {
  type: 'object',
  required: ['error', 'status'],
  properties: {
    error: { type: 'object', required: ['message', 'detail'], properties: { message: { type: 'string', minLength: 1 }, detail: { type: ['string', 'null'] } } },
    status: { const: 'failure' },
  },
};

function templateRegex(template: string): RegExp {
  const pattern = template
    .split('/')
    .map((segment) => (/^\{.+\}$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${pattern}$`);
}

function literalSegments(template: string): number {
  return template.split('/').filter((segment) => segment !== '' && !segment.startsWith('{')).length;
}

export class ConformanceChecker {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly templates: { template: string; regex: RegExp }[];
  private readonly errorEnvelope: ValidateFunction;

  /** `excluded`: concrete-path patterns served outside the document (e.g. `/runs/events`). */
  constructor(
    readonly doc: OpenApiDocument,
    private readonly excluded: readonly RegExp[] = [],
  ) {
    addFormats(this.ajv);
    this.errorEnvelope = this.ajv.compile(ERROR_ENVELOPE);
    this.templates = Object.keys(doc.paths)
      .map((template) => ({ template, regex: templateRegex(template) }))
      .sort((a, b) => literalSegments(b.template) - literalSegments(a.template));
  }

  /** The documented operation a concrete request path (no query) and method land on, if any. */
  operationOf(method: string, path: string): MatchedOperation | undefined {
    if (this.excluded.some((pattern) => pattern.test(path))) return undefined;
    const lower = method.toLowerCase();
    for (const { template, regex } of this.templates) {
      if (!regex.test(path)) continue;
      const operation = this.doc.paths[template]?.[lower];
      if (operation) return { template, method: lower, operation };
    }
    return undefined;
  }

  private validator(key: string, schema: object): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(schema);
      this.compiled.set(key, validate);
    }
    return validate;
  }

  /** Every way the response departs from the document (empty when it conforms). */
  check(method: string, path: string, response: { status: number; headers: Headers; text: string }): string[] {
    const where = `${method.toUpperCase()} ${path} → ${response.status}`;
    const type = response.headers.get('content-type') ?? '';
    const parse = (): { ok: true; value: unknown } | { ok: false } => {
      try {
        return { ok: true, value: JSON.parse(response.text) };
      } catch {
        return { ok: false };
      }
    };
    const matched = this.operationOf(method, path);
    if (!matched) {
      if (response.status < 400) return [];
      if (!type.includes('application/json')) return [`${where}: error response is not JSON (${type})`];
      const body = parse();
      if (!body.ok || !this.errorEnvelope(body.value)) return [`${where}: error body is not the ServiceNow error shape: ${response.text.slice(0, 300)}`];
      return [];
    }
    const documented = matched.operation.responses[String(response.status)];
    if (!documented) {
      return [`${where}: status not documented for ${matched.method.toUpperCase()} ${matched.template} (documents ${Object.keys(matched.operation.responses).join(', ')}): ${response.text.slice(0, 300)}`];
    }
    const problems: string[] = [];
    for (const [name, header] of Object.entries(documented.headers ?? {})) {
      if (header.required && response.headers.get(name) === null) problems.push(`${where}: documented header ${name} missing`);
    }
    const schema = documented.content?.['application/json']?.schema;
    if (!schema) return problems;
    if (!type.includes('application/json')) return [...problems, `${where}: content-type ${type}, documented application/json`];
    const body = parse();
    if (!body.ok) return [...problems, `${where}: body is not JSON: ${response.text.slice(0, 200)}`];
    const validate = this.validator(`${matched.method} ${matched.template} ${response.status}`, schema);
    if (!validate(body.value)) {
      const errors = (validate.errors ?? []).slice(0, 5).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
      problems.push(`${where}: body does not match the documented schema: ${errors.join('; ')}`);
    }
    return problems;
  }
}
