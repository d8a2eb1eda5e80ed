// A GlideRecord look-alike over FakeDatabase: queries (addQuery, addEncodedQuery via the shared
// parser), windows, ordering, insert/update/delete with before/after business rules and
// setAbortAction, getElement().changes(). It implements the instance modules' GlideRecordPort.
import type { GlideElementPort, GlideRecordPort } from '../../../src-server/instance/glide/glide-port';
import { decodeValue, columnTypeOf } from '../../../src-server/instance/glide/glide-codec';
import { parseEncodedQuery, type QueryCondition, type QueryOrder } from '../../../src-shared/query/encoded-query';
import type { FakeDatabase, RuleAction, RuleWhen, StoredRow } from './fake-database';

export class FakeGlideRecord implements GlideRecordPort {
  private groups: QueryCondition[][] = [];
  private orders: QueryOrder[] = [];
  private window: [number, number] | null = null;
  private results: StoredRow[] | null = null;
  private position = -1;
  private current: StoredRow = {};
  private loaded: StoredRow = {};
  private persisted = false;
  private aborted = false;

  constructor(
    private readonly db: FakeDatabase,
    private readonly table: string,
  ) {}

  initialize(): void {
    this.current = {};
    this.loaded = {};
    this.persisted = false;
    this.aborted = false;
  }

  addQuery(field: string, operatorOrValue: string | number | boolean, value?: string | number | boolean): void {
    const operator = value === undefined ? '=' : String(operatorOrValue);
    const raw = value === undefined ? operatorOrValue : value;
    const type = this.type(field);
    if (operator === 'IN' || operator === 'NOT IN') {
      const values = String(raw).split(',').map((v) => decodeValue(type, v) as string | number | boolean);
      this.groups.push([{ field, operator, value: null, values }]);
      return;
    }
    const typed = decodeValue(type, String(raw)) as string | number | boolean | null;
    this.groups.push([{ field, operator: operator as QueryCondition['operator'], value: typed }]);
  }

  addNullQuery(field: string): void {
    this.groups.push([{ field, operator: 'ISEMPTY', value: null }]);
  }

  addEncodedQuery(query: string): void {
    const model = this.db.model(this.table);
    if (model === undefined) throw new Error(`glide double: no model for table ${this.table}`);
    const parsed = parseEncodedQuery(model, query);
    // A real instance ignores a bad query (and matches everything); the double fails loudly instead.
    if (!parsed.ok) throw new Error(`glide double: invalid encoded query '${query}': ${parsed.error.message}`);
    this.groups.push(...parsed.value.groups.map((g) => [...g]));
    this.orders.push(...parsed.value.orderBy);
  }

  isValidEncodedQuery(query: string): boolean {
    const model = this.db.model(this.table);
    return model !== undefined && parseEncodedQuery(model, query).ok;
  }

  orderBy(field: string): void {
    this.orders.push({ field, direction: 'asc' });
  }

  orderByDesc(field: string): void {
    this.orders.push({ field, direction: 'desc' });
  }

  setLimit(limit: number): void {
    this.window = [0, limit];
  }

  chooseWindow(first: number, last: number): void {
    this.window = [first, last];
  }

  query(): void {
    const all = [...this.db.rows(this.table).values()];
    const matching = all.filter((row) => this.groups.every((group) => group.some((c) => this.db.matches(this.table, row, c))));
    for (const order of [...this.orders].reverse()) {
      matching.sort((a, b) => {
        const x = this.db.typed(this.table, a, order.field);
        const y = this.db.typed(this.table, b, order.field);
        const cmp = x === y ? 0 : x === null ? -1 : y === null ? 1 : (x as number | string) < (y as number | string) ? -1 : 1;
        return order.direction === 'asc' ? cmp : -cmp;
      });
    }
    this.results = this.window === null ? matching : matching.slice(this.window[0], this.window[1]);
    this.position = -1;
  }

  next(): boolean {
    if (this.results === null) throw new Error('glide double: next() before query()');
    this.position += 1;
    const row = this.results[this.position];
    if (row === undefined) return false;
    this.load(row);
    return true;
  }

  get(sysId: string): boolean {
    const row = this.db.rows(this.table).get(sysId);
    if (row === undefined) return false;
    this.load(row);
    return true;
  }

  getValue(field: string): string | null {
    const value = this.current[field];
    return value === undefined || value === '' ? null : value;
  }

  setValue(field: string, value: string | number | boolean | null): void {
    this.current[field] = value === null ? null : String(value);
  }

  getElement(field: string): GlideElementPort {
    return {
      changes: () => (this.current[field] ?? null) !== (this.loaded[field] ?? null),
      getDecryptedValue: () => this.getValue(field),
    };
  }

  getUniqueValue(): string {
    return this.current['sys_id'] ?? '';
  }

  getTableName(): string {
    return this.table;
  }

  isNewRecord(): boolean {
    return !this.persisted;
  }

  getRowCount(): number {
    return this.results?.length ?? 0;
  }

  setAbortAction(abort: boolean): void {
    this.aborted = abort;
  }

  isActionAborted(): boolean {
    return this.aborted;
  }

  insert(): string | null {
    const id = this.current['sys_id'] ?? this.db.newId();
    const now = this.db.nowText();
    this.current = { ...this.current, sys_id: id, sys_created_on: now, sys_updated_on: now };
    this.aborted = false;
    this.run('before', 'insert', null);
    if (this.aborted) return null;
    this.store();
    this.run('after', 'insert', null);
    return id;
  }

  update(): string | null {
    if (!this.persisted) return this.insert();
    const id = this.getUniqueValue();
    const stored = this.db.rows(this.table).get(id);
    const previous = this.snapshot(stored ?? this.loaded);
    this.current = { ...this.current, sys_updated_on: this.db.nowText() };
    this.aborted = false;
    this.run('before', 'update', previous);
    if (this.aborted) return null;
    this.store();
    this.run('after', 'update', previous);
    this.loaded = { ...this.current };
    return id;
  }

  deleteRecord(): boolean {
    const id = this.getUniqueValue();
    if (!this.db.rows(this.table).has(id)) return false;
    this.aborted = false;
    this.run('before', 'delete', null);
    if (this.aborted) return false;
    this.db.rows(this.table).delete(id);
    this.run('after', 'delete', null);
    return true;
  }

  /** Like GlideRecord.deleteMultiple: every matching row, each through the delete rules; windows ignored. */
  deleteMultiple(): void {
    this.window = null;
    this.query();
    for (const row of this.results ?? []) {
      this.load(row);
      this.deleteRecord();
    }
    this.results = [];
  }

  private type(field: string) {
    const model = this.db.model(this.table);
    return model === undefined ? 'string' : (columnTypeOf(model, field) ?? 'string');
  }

  private load(row: StoredRow): void {
    this.current = { ...row };
    this.loaded = { ...row };
    this.persisted = true;
    this.aborted = false;
  }

  /** Booleans come back as "1"/"0" from a real instance, whatever a script wrote. */
  private store(): void {
    const row: StoredRow = { ...this.current };
    const model = this.db.model(this.table);
    for (const field of Object.keys(row)) {
      if (model !== undefined && columnTypeOf(model, field) === 'boolean' && row[field] !== null) {
        row[field] = row[field] === 'true' || row[field] === '1' ? '1' : '0';
      }
    }
    this.db.rows(this.table).set(this.getUniqueValue(), row);
    this.current = { ...row };
    this.persisted = true;
  }

  private snapshot(row: StoredRow): FakeGlideRecord {
    const copy = new FakeGlideRecord(this.db, this.table);
    copy.load(row);
    return copy;
  }

  private run(when: RuleWhen, action: RuleAction, previous: FakeGlideRecord | null): void {
    for (const rule of this.db.rules) {
      if (rule.table !== this.table || rule.when !== when || !rule.actions.includes(action)) continue;
      this.db.ruleLog.push(`${rule.name} ${action} ${this.getUniqueValue()}`);
      (rule.script as (c: GlideRecordPort, p: GlideRecordPort | null) => void)(this, previous);
      if (when === 'before' && this.aborted) return;
    }
  }
}
