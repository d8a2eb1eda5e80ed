import { CHOICE_LABELS } from './vocabulary';

/**
 * The vocabulary of the one table model. Every table is declared once with these types; the zod
 * record schemas, the SQL migrations and the Fluent table definitions are all derived from it.
 */

export type ColumnType =
  | 'string'
  | 'boolean'
  | 'integer'
  | 'decimal'
  | 'datetime'
  | 'reference'
  | 'choice'
  | 'json'
  | 'secret';

export interface Choice {
  readonly value: string;
  readonly label: string;
}

export interface ColumnDef {
  readonly type: ColumnType;
  readonly label: string;
  readonly maxLength?: number;
  readonly mandatory?: boolean;
  /** Literal default, as the column type's value (ISO text for datetimes). */
  readonly default?: string | number | boolean;
  readonly choices?: readonly Choice[];
  /** Table name this reference column points at. */
  readonly reference?: string;
  readonly unique?: boolean;
}

export interface IndexDef {
  readonly columns: readonly string[];
  readonly unique?: boolean;
}

/** Where a table exists: both hosts, or only the local Node host (its own auth and bookkeeping). */
export type TableScope = 'both' | 'node';

export interface TableDef {
  readonly name: string;
  readonly label: string;
  readonly display: string;
  readonly scope: TableScope;
  readonly columns: Readonly<Record<string, ColumnDef>>;
  readonly indexes: readonly IndexDef[];
}

/** Every record carries ServiceNow's system columns; the model declares them once, here. */
export const SYSTEM_COLUMNS = ['sys_id', 'sys_created_on', 'sys_updated_on'] as const;

export const DEFAULT_STRING_LENGTH = 255;

export function choices<V extends string>(...values: readonly V[]): readonly TypedChoice<V>[] {
  return values.map((value) => ({ value, label: labelOf(value) }));
}

export interface TypedChoice<V extends string> extends Choice {
  readonly value: V;
}

/** `connectivity_test` → `Connectivity test`, `tenable_vm` → `Tenable vm`. */
export function labelOf(value: string): string {
  const known = CHOICE_LABELS[value];
  if (known !== undefined) return known;
  const spaced = value.replace(/_/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

type Extra = Omit<Partial<ColumnDef>, 'type' | 'label' | 'choices' | 'reference'>;
type Typed<T extends ColumnType> = ColumnDef & { readonly type: T };

function column<T extends ColumnType>(type: T, label: string, extra: Extra): Typed<T> {
  return { type, label, ...extra };
}

export const col = {
  string: (label: string, extra: Extra = {}) => column('string', label, extra),
  boolean: (label: string, defaultValue: boolean, extra: Extra = {}) =>
    column('boolean', label, { default: defaultValue, ...extra }),
  integer: (label: string, extra: Extra = {}) => column('integer', label, extra),
  decimal: (label: string, extra: Extra = {}) => column('decimal', label, extra),
  datetime: (label: string, extra: Extra = {}) => column('datetime', label, extra),
  json: (label: string, extra: Extra = {}) => column('json', label, extra),
  secret: (label: string, extra: Extra = {}) => column('secret', label, extra),
  reference: (label: string, table: string, extra: Extra = {}): Typed<'reference'> => ({
    type: 'reference',
    label,
    reference: table,
    ...extra,
  }),
  choice: <V extends string>(label: string, values: readonly V[], extra: Extra = {}) => ({
    type: 'choice' as const,
    label,
    choices: choices(...values),
    ...extra,
  }),
};

/** The value a column holds in a record read from any store. */
export type ColumnValue<C extends ColumnDef> = C extends { readonly type: 'boolean' }
  ? boolean
  : C extends { readonly type: 'integer' | 'decimal' }
    ? number
    : C extends { readonly type: 'json' }
      ? unknown
      : C extends { readonly choices: readonly TypedChoice<infer V>[] }
        ? V
        : string;

export interface SystemFields {
  sys_id: string;
  sys_created_on: string;
  sys_updated_on: string;
}

/** A record of table T as hosts and the core see it; optional columns may be null. */
export type RecordOf<T extends TableDef> = SystemFields & {
  -readonly [K in keyof T['columns']]: ColumnValue<T['columns'][K]> | null;
};
