// The in-memory tables behind the Glide test double: rows hold Glide-style text, exactly what a
// GlideRecord would give back, so the instance modules' codec is exercised for real.
import { tableByName } from '../../../src-shared/model/tables';
import type { TableDef } from '../../../src-shared/model/column';
import { decodeValue, columnTypeOf } from '../../../src-server/instance/glide/glide-codec';
import type { QueryCondition } from '../../../src-shared/query/encoded-query';

export type StoredRow = Record<string, string | null>;

export type RuleWhen = 'before' | 'after';
export type RuleAction = 'insert' | 'update' | 'delete';

export interface RegisteredRule {
  readonly name: string;
  readonly table: string;
  readonly when: RuleWhen;
  readonly actions: readonly RuleAction[];
  readonly script: (current: never, previous: never) => void;
}

export class FakeDatabase {
  readonly tables = new Map<string, Map<string, StoredRow>>();
  readonly rules: RegisteredRule[] = [];
  /** Every business rule run, in order: `<name> <action> <sys_id>`. */
  readonly ruleLog: string[] = [];
  private sequence = 0;

  constructor(private readonly clock: () => number) {}

  rows(table: string): Map<string, StoredRow> {
    let rows = this.tables.get(table);
    if (rows === undefined) {
      rows = new Map();
      this.tables.set(table, rows);
    }
    return rows;
  }

  newId(): string {
    this.sequence += 1;
    return this.sequence.toString(16).padStart(32, '0');
  }

  nowText(): string {
    const iso = new Date(this.clock()).toISOString();
    return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  }

  model(table: string): TableDef | undefined {
    return tableByName(table);
  }

  /** Typed value of a stored field, decoded the way the instance modules decode it. */
  typed(table: string, row: StoredRow, field: string): unknown {
    const model = this.model(table);
    const type = model === undefined ? 'string' : (columnTypeOf(model, field) ?? 'string');
    return decodeValue(type, row[field] ?? null);
  }

  matches(table: string, row: StoredRow, condition: QueryCondition): boolean {
    const value = this.typed(table, row, condition.field);
    const text = value === null ? '' : String(value);
    switch (condition.operator) {
      case 'ISEMPTY':
        return value === null;
      case 'ISNOTEMPTY':
        return value !== null;
      case 'IN':
        return (condition.values ?? []).some((v) => same(value, v));
      case 'NOT IN':
        return !(condition.values ?? []).some((v) => same(value, v));
      case 'STARTSWITH':
        return text.startsWith(String(condition.value));
      case 'ENDSWITH':
        return text.endsWith(String(condition.value));
      case 'LIKE':
        return text.toLowerCase().includes(String(condition.value).toLowerCase());
      case 'NOT LIKE':
        return !text.toLowerCase().includes(String(condition.value).toLowerCase());
      case '=':
        return same(value, condition.value);
      case '!=':
        return !same(value, condition.value);
      default:
        return compare(value, condition.value, condition.operator);
    }
  }
}

function same(a: unknown, b: unknown): boolean {
  if (a === null || b === null) return a === b || (a === null && b === '');
  if (typeof a === 'string' && typeof b === 'string' && /T.*Z$/.test(a)) return Date.parse(a) === Date.parse(b);
  return String(a) === String(b);
}

function compare(a: unknown, b: unknown, operator: string): boolean {
  if (a === null || b === null) return false;
  const x = typeof a === 'number' ? a : typeof a === 'string' && /T.*Z$/.test(a) ? Date.parse(a) : String(a);
  const y = typeof b === 'number' ? b : typeof b === 'string' && /T.*Z$/.test(b) ? Date.parse(b) : String(b);
  if (operator === '>') return x > y;
  if (operator === '<') return x < y;
  if (operator === '>=') return x >= y;
  return x <= y;
}
