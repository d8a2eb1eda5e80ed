/** Applies a parsed encoded query to a Kysely select, the same way for both dialects. */
import type { ExpressionBuilder, Expression, SqlBool } from 'kysely';
import type { TableDef } from '../../../src-shared/model/column';
import type { EncodedQuery, QueryCondition } from '../../../src-shared/query/encoded-query';
import type { StoreDialect } from './dialect';

type Eb = ExpressionBuilder<Record<string, Record<string, unknown>>, string>;

function storedValue(table: TableDef, field: string, value: unknown, dialect: StoreDialect): unknown {
  if (typeof value === 'boolean' && table.columns[field]?.type === 'boolean' && dialect === 'sqlite') return value ? 1 : 0;
  return value;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

function conditionExpression(eb: Eb, table: TableDef, condition: QueryCondition, dialect: StoreDialect): Expression<SqlBool> {
  const ref = eb.ref(condition.field);
  const value = storedValue(table, condition.field, condition.value, dialect);
  const type = table.columns[condition.field]?.type;
  const numeric = type === 'integer' || type === 'decimal' || type === 'boolean';
  const like = (pattern: string, negate: boolean) => {
    // LIKE is case-insensitive in ServiceNow; ILIKE on PostgreSQL, LIKE (ASCII-insensitive) on SQLite.
    // Text patterns on numbers compare their text, as ServiceNow does; PostgreSQL needs the casts.
    const operator = dialect === 'postgres' ? (negate ? 'not ilike' : 'ilike') : negate ? 'not like' : 'like';
    const subject = numeric && dialect === 'postgres' ? eb.cast(ref, 'text') : ref;
    return eb(subject, operator, eb.cast(eb.val(pattern), 'text'));
  };
  switch (condition.operator) {
    case '=':
      return eb(ref, '=', value);
    case '!=':
      // ServiceNow's != also matches empty values.
      return eb.or([eb(ref, '<>', value), eb(ref, 'is', null)]);
    case '>':
    case '<':
    case '>=':
    case '<=':
      return eb(ref, condition.operator, value);
    case 'IN':
      return eb(ref, 'in', (condition.values ?? []).map((item) => storedValue(table, condition.field, item, dialect)));
    case 'NOT IN':
      return eb.or([eb(ref, 'not in', (condition.values ?? []).map((item) => storedValue(table, condition.field, item, dialect))), eb(ref, 'is', null)]);
    case 'STARTSWITH':
      return like(`${escapeLike(String(condition.value))}%`, false);
    case 'ENDSWITH':
      return like(`%${escapeLike(String(condition.value))}`, false);
    case 'LIKE':
      return like(`%${escapeLike(String(condition.value))}%`, false);
    case 'NOT LIKE':
      return like(`%${escapeLike(String(condition.value))}%`, true);
    case 'ISEMPTY':
      return numeric ? eb(ref, 'is', null) : eb.or([eb(ref, 'is', null), eb(ref, '=', '')]);
    case 'ISNOTEMPTY':
      return numeric ? eb(ref, 'is not', null) : eb.and([eb(ref, 'is not', null), eb(ref, '<>', '')]);
  }
}

export function queryWhere(eb: Eb, table: TableDef, query: EncodedQuery, dialect: StoreDialect): Expression<SqlBool> {
  return eb.and(query.groups.map((group) => eb.or(group.map((condition) => conditionExpression(eb, table, condition, dialect)))));
}
