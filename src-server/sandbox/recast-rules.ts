// VM / WAS recast and accept rules (POST /v1/recast/rules). Rules are versioned with the global
// sequence number so an export applies exactly the rules that existed when it was created.
import { SEVERITY_NAMES } from './plugin-catalog';

export type ResourceType = 'HOST' | 'WEBAPP';

export interface RuleSubject {
  resourceType: ResourceType;
  assetNames: string[];
  assetUuid: string;
  pluginId: number;
  port: number;
  protocol: string;
  findingId: string;
  url: string | undefined;
  severityDefault: number;
}

export interface RecastRule {
  id: string;
  rule_name: string;
  description: string;
  resource_type: ResourceType;
  rule_value: { action: 'RECAST' | 'ACCEPT'; severity?: string; original_severity?: string; comment?: string; false_positive?: boolean };
  filter: unknown;
  expires_at: number | null;
  created_at: string;
  updated_at: string;
}

export interface StoredRule {
  rule: RecastRule;
  createdSeq: number;
  deletedSeq: number | undefined;
  match: (s: RuleSubject) => boolean;
  severity: number | undefined;
  original: number | undefined;
}

export interface RuleEffect {
  severity: number;
  mod: 'NONE' | 'RECASTED' | 'ACCEPTED';
}

const HOST_PROPERTIES = ['asset.name', 'asset.uuid', 'asset.hostname', 'asset.fqdn', 'asset.ipv4', 'plugin.id', 'port', 'port.port', 'port.protocol', 'finding_id'];
const WEBAPP_PROPERTIES = ['asset.name', 'asset.uuid', 'asset.fqdn', 'plugin.id', 'finding_id', 'url'];

function severityId(v: unknown): number | undefined {
  if (typeof v !== 'string') return undefined;
  const i = (SEVERITY_NAMES as readonly string[]).indexOf(v.toLowerCase());
  return i >= 0 ? i : undefined;
}

function subjectValues(s: RuleSubject, property: string): string[] {
  switch (property) {
    case 'asset.name': return s.assetNames;
    case 'asset.uuid': return [s.assetUuid];
    case 'asset.hostname': return s.assetNames.slice(0, 1);
    case 'asset.fqdn': return s.assetNames.slice(1, 2);
    case 'asset.ipv4': return s.assetNames.slice(2, 3);
    case 'plugin.id': return [String(s.pluginId)];
    case 'port':
    case 'port.port': return [String(s.port)];
    case 'port.protocol': return [s.protocol];
    case 'finding_id': return [s.findingId];
    case 'url': return s.url === undefined ? [] : [s.url];
    default: return [];
  }
}

type Compiled = { ok: true; match: (s: RuleSubject) => boolean } | { ok: false; message: string };

function compileFilter(filter: unknown, properties: string[]): Compiled {
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) return { ok: false, message: 'filter must be an object with "and" or "or" conditions' };
  const f = filter as Record<string, unknown>;
  const list = f.and ?? f.AND ?? f.or ?? f.OR;
  const isOr = f.or !== undefined || f.OR !== undefined;
  if (Array.isArray(list)) {
    if (list.length === 0) return { ok: false, message: 'filter must hold at least one condition' };
    const parts: Array<(s: RuleSubject) => boolean> = [];
    for (const c of list) {
      const compiled = compileFilter(c, properties);
      if (!compiled.ok) return compiled;
      parts.push(compiled.match);
    }
    return { ok: true, match: isOr ? (s) => parts.some((p) => p(s)) : (s) => parts.every((p) => p(s)) };
  }
  const { property, operator, value } = f;
  if (typeof property !== 'string' || !properties.includes(property)) return { ok: false, message: `unsupported filter property: ${String(property)}` };
  const values = (Array.isArray(value) ? value : [value]).map((v) => String(v));
  if (values.length === 0 || value === undefined) return { ok: false, message: `filter condition on ${property} has no value` };
  const lower = values.map((v) => v.toLowerCase());
  switch (operator) {
    case 'eq': return { ok: true, match: (s) => subjectValues(s, property).some((v) => values.includes(v)) };
    case 'neq': return { ok: true, match: (s) => !subjectValues(s, property).some((v) => values.includes(v)) };
    case 'match':
    case 'contains': return { ok: true, match: (s) => subjectValues(s, property).some((v) => lower.some((x) => v.toLowerCase().includes(x))) };
    default: return { ok: false, message: `unsupported filter operator: ${String(operator)}` };
  }
}

export type RuleInput = { ok: true; rule: StoredRule } | { ok: false; message: string };

/** Validate a request body into a rule (create or update). */
export function parseRule(body: unknown, id: string, nowIso: string, createdAt?: string): RuleInput {
  if (typeof body !== 'object' || body === null) return { ok: false, message: 'body must be a JSON object' };
  const b = body as Record<string, unknown>;
  const resourceType = String(b.resource_type ?? 'HOST').toUpperCase();
  if (resourceType !== 'HOST' && resourceType !== 'WEBAPP') return { ok: false, message: `resource_type must be HOST or WEBAPP, got ${String(b.resource_type)}` };
  const rv = b.rule_value as Record<string, unknown> | undefined;
  if (typeof rv !== 'object' || rv === null) return { ok: false, message: 'rule_value is required' };
  const action = String(rv.action ?? '').toUpperCase();
  if (action !== 'RECAST' && action !== 'ACCEPT') return { ok: false, message: `rule_value.action must be RECAST or ACCEPT, got ${String(rv.action)}` };
  const severity = severityId(rv.severity);
  if (action === 'RECAST' && severity === undefined) return { ok: false, message: `rule_value.severity must be one of ${SEVERITY_NAMES.join(', ')} for RECAST, got ${String(rv.severity)}` };
  const original = rv.original_severity === undefined || rv.original_severity === null ? undefined : severityId(rv.original_severity);
  if (rv.original_severity !== undefined && rv.original_severity !== null && original === undefined) return { ok: false, message: `rule_value.original_severity is not a severity: ${String(rv.original_severity)}` };
  const compiled = compileFilter(b.filter, resourceType === 'HOST' ? HOST_PROPERTIES : WEBAPP_PROPERTIES);
  if (!compiled.ok) return compiled;
  const expires = b.expires_at ?? null;
  if (expires !== null && (typeof expires !== 'number' || !Number.isInteger(expires) || expires > 99_999_999_999)) return { ok: false, message: `expires_at must be unix seconds, got ${String(expires)}` };
  const rule: RecastRule = {
    id,
    rule_name: String(b.rule_name ?? ''),
    description: String(b.description ?? ''),
    resource_type: resourceType,
    rule_value: {
      action,
      ...(severity !== undefined ? { severity: SEVERITY_NAMES[severity] } : {}),
      ...(original !== undefined ? { original_severity: SEVERITY_NAMES[original] } : {}),
      ...(rv.comment !== undefined ? { comment: String(rv.comment) } : {}),
      ...(rv.false_positive !== undefined ? { false_positive: Boolean(rv.false_positive) } : {}),
    },
    filter: b.filter,
    expires_at: expires as number | null,
    created_at: createdAt ?? nowIso,
    updated_at: nowIso,
  };
  return { ok: true, rule: { rule, createdSeq: 0, deletedSeq: undefined, match: compiled.match, severity, original } };
}

/** The rules in force for one snapshot, ready to apply per finding. */
export interface RuleSet {
  readonly host: StoredRule[];
  readonly webapp: StoredRule[];
}

export class RecastRuleStore {
  private rules: StoredRule[] = [];

  add(rule: StoredRule, seq: number): RecastRule {
    rule.createdSeq = seq;
    this.rules.push(rule);
    return rule.rule;
  }

  /** Replace a rule: the old version ends at `seq`, the new one starts there. */
  replace(id: string, rule: StoredRule, seq: number): RecastRule | undefined {
    const old = this.find(id);
    if (!old) return undefined;
    old.deletedSeq = seq;
    return this.add(rule, seq);
  }

  remove(id: string, seq: number): boolean {
    const old = this.find(id);
    if (!old) return false;
    old.deletedSeq = seq;
    return true;
  }

  find(id: string): StoredRule | undefined {
    return this.rules.find((r) => r.rule.id === id && r.deletedSeq === undefined);
  }

  current(): RecastRule[] {
    return this.rules.filter((r) => r.deletedSeq === undefined).map((r) => r.rule);
  }

  /** Rules in force at `seq` and not expired at `atMs`. */
  snapshot(seq: number, atMs: number): RuleSet {
    const live = this.rules.filter((r) => r.createdSeq <= seq && (r.deletedSeq === undefined || r.deletedSeq > seq) && (r.rule.expires_at === null || r.rule.expires_at * 1000 > atMs));
    return { host: live.filter((r) => r.rule.resource_type === 'HOST'), webapp: live.filter((r) => r.rule.resource_type === 'WEBAPP') };
  }
}

/** ACCEPT wins over RECAST; among recasts the newest rule wins. */
export function applyRules(rules: StoredRule[], subject: RuleSubject): RuleEffect {
  let recast: number | undefined;
  for (let k = rules.length - 1; k >= 0; k--) {
    const r = rules[k] as StoredRule;
    if (r.original !== undefined && r.original !== subject.severityDefault) continue;
    if (!r.match(subject)) continue;
    if (r.rule.rule_value.action === 'ACCEPT') return { severity: subject.severityDefault, mod: 'ACCEPTED' };
    if (recast === undefined) recast = r.severity;
  }
  return recast === undefined ? { severity: subject.severityDefault, mod: 'NONE' } : { severity: recast, mod: 'RECASTED' };
}
