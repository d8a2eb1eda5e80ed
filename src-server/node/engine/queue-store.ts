/**
 * The durable import queue. A page is stored before anything processes it; claims are atomic
 * (one transaction on SQLite, `FOR UPDATE SKIP LOCKED` on PostgreSQL so many worker processes
 * share the queue without ever claiming the same entry twice).
 */
import { sql, type Kysely } from 'kysely';
import { importQueueEntryTable, pagePayloadTable } from '../../../src-shared/model/tables';
import type { ResumeDetails } from '../../../src-shared/core/heartbeat-policy';
import type { StoreDialect } from '../store/dialect';
import { fromRow, type Row } from '../store/record-codec';
import type { RecordStore } from '../store/record-store';
import { newSysId } from '../store/sys-id';

type Db = Kysely<Record<string, Row>>;
const TABLE = importQueueEntryTable.name;
const PAYLOADS = pagePayloadTable.name;

export interface NewPage {
  readonly run: string;
  readonly connector: string;
  readonly pageNo: number;
  readonly sourceRef: string;
  readonly payload: string;
  readonly recordsTotal: number;
}

export class QueueStore {
  constructor(private readonly records: RecordStore) {}

  private get db(): Db {
    return this.records.db as unknown as Db;
  }

  private get dialect(): StoreDialect {
    return this.records.dialect;
  }

  /**
   * Upsert on (run, page_no): a page re-delivered after a crash replaces itself, never duplicates.
   * The page itself goes to x_eih_page_payload, so the entry row stays small.
   */
  async savePage(page: NewPage, nowIso: string): Promise<void> {
    const values = {
      sys_id: newSysId(),
      sys_created_on: nowIso,
      sys_updated_on: nowIso,
      run: page.run,
      connector: page.connector,
      page_no: page.pageNo,
      source_ref: page.sourceRef,
      payload: null,
      payload_pruned: this.dialect === 'sqlite' ? 0 : false,
      state: 'queued',
      attempts: 0,
      queued_at: nowIso,
      records_total: page.recordsTotal,
      records_processed: 0,
      records_rejected: 0,
      ci_lookup_ms: 0,
      vi_creation_ms: 0,
      risk_rules_ms: 0,
      assignment_rules_ms: 0,
      remediation_task_rules_ms: 0,
    };
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto(TABLE)
        .values(values)
        .onConflict((oc) =>
          oc.columns(['run', 'page_no']).doUpdateSet({ source_ref: page.sourceRef, records_total: page.recordsTotal, sys_updated_on: nowIso }).where(sql<boolean>`${sql.ref(`${TABLE}.state`)} = ${'queued'}`),
        )
        .execute();
      const entry = await trx.selectFrom(TABLE).select(['sys_id', 'state']).where('run', '=', page.run).where('page_no', '=', page.pageNo).executeTakeFirstOrThrow();
      // A page already processed keeps what it was processed from.
      if (entry.state !== 'queued') return;
      await trx
        .insertInto(PAYLOADS)
        .values({ sys_id: newSysId(), sys_created_on: nowIso, sys_updated_on: nowIso, entry: entry.sys_id as string, run: page.run, connector: page.connector, payload: page.payload })
        .onConflict((oc) => oc.column('entry').doUpdateSet({ payload: page.payload, sys_updated_on: nowIso }))
        .execute();
    });
  }

  /** The page of an entry: its payload row, or (pages written inline) the entry's own column. */
  async payloadOf(entryId: string): Promise<unknown> {
    const row = await this.db.selectFrom(PAYLOADS).select('payload').where('entry', '=', entryId).executeTakeFirst();
    if (row) return row.payload;
    const entry = await this.db.selectFrom(TABLE).select('payload').where('sys_id', '=', entryId).executeTakeFirst();
    return entry?.payload ?? null;
  }

  /** Claims the oldest queued entry for this worker, or nothing. */
  async claimNext(workerId: string, nowIso: string): Promise<Row | undefined> {
    if (this.dialect === 'postgres') {
      const result = await sql<Row>`
        update ${sql.table(TABLE)} set state = 'processing', claimed_by = ${workerId}, attempts = attempts + 1,
          processing_started = ${nowIso}, last_record_processed = ${nowIso}, sys_updated_on = ${nowIso}
        where sys_id = (
          select sys_id from ${sql.table(TABLE)} where state = 'queued'
          order by queued_at, page_no limit 1 for update skip locked
        )
        returning *`.execute(this.db);
      const row = result.rows[0];
      return row ? fromRow(importQueueEntryTable, row) : undefined;
    }
    return this.db.transaction().execute(async (trx) => {
      const next = await trx.selectFrom(TABLE).select('sys_id').where('state', '=', 'queued').orderBy('queued_at').orderBy('page_no').limit(1).executeTakeFirst();
      if (!next) return undefined;
      await trx
        .updateTable(TABLE)
        .set((eb) => ({ state: 'processing', claimed_by: workerId, attempts: eb('attempts', '+', 1), processing_started: nowIso, last_record_processed: nowIso, sys_updated_on: nowIso }))
        .where('sys_id', '=', next.sys_id as string)
        .where('state', '=', 'queued')
        .execute();
      const row = await trx.selectFrom(TABLE).selectAll().where('sys_id', '=', next.sys_id as string).executeTakeFirst();
      return row ? fromRow(importQueueEntryTable, row) : undefined;
    });
  }

  /**
   * A heartbeat: progress and resume details, only while this worker still holds the entry.
   * Returns false when the claim was lost (timed out by the watchdog): the worker must stop.
   */
  async beat(entryId: string, workerId: string, processed: number, rejected: number, resume: ResumeDetails, nowIso: string): Promise<boolean> {
    const result = await this.db
      .updateTable(TABLE)
      .set({ last_record_processed: nowIso, records_processed: processed, records_rejected: rejected, resume_details: JSON.stringify(resume), sys_updated_on: nowIso })
      .where('sys_id', '=', entryId)
      .where('claimed_by', '=', workerId)
      .where('state', '=', 'processing')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async finish(entryId: string, workerId: string, patch: Row, nowIso: string): Promise<boolean> {
    const values: Row = { ...patch, processing_ended: nowIso, sys_updated_on: nowIso };
    if ('resume_details' in values && values.resume_details !== null && typeof values.resume_details !== 'string') values.resume_details = JSON.stringify(values.resume_details);
    const result = await this.db.updateTable(TABLE).set(values).where('sys_id', '=', entryId).where('claimed_by', '=', workerId).where('state', '=', 'processing').executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Entry counts of a run by state (the run completes when none is queued or processing). */
  async countsByState(runId: string): Promise<Record<string, number>> {
    const rows = await this.db
      .selectFrom(TABLE)
      .select(['state', (eb) => eb.fn.countAll<number>().as('n')])
      .where('run', '=', runId)
      .groupBy('state')
      .execute();
    return Object.fromEntries(rows.map((row) => [String(row.state), Number(row.n)]));
  }

  /** Sums over a run's entries: what the run reports, computed rather than incremented. */
  async runTotals(runId: string): Promise<Row> {
    return (await this.db
      .selectFrom(TABLE)
      .select((eb) => [
        eb.fn.countAll<number>().as('pages'),
        eb.fn.sum<number>('records_total').as('records_fetched'),
        eb.fn.sum<number>('records_processed').as('records_processed'),
        eb.fn.sum<number>('records_rejected').as('records_rejected'),
        eb.fn.sum<number>('ci_lookup_ms').as('ci_lookup_ms'),
        eb.fn.sum<number>('vi_creation_ms').as('vi_creation_ms'),
        eb.fn.sum<number>('risk_rules_ms').as('risk_rules_ms'),
        eb.fn.sum<number>('assignment_rules_ms').as('assignment_rules_ms'),
        eb.fn.sum<number>('remediation_task_rules_ms').as('remediation_task_rules_ms'),
      ])
      .where('run', '=', runId)
      .executeTakeFirstOrThrow()) as Row;
  }

  /** Entries a crashed process held: back to the queue, resuming from their last beat. */
  async requeueClaimedBy(predicate: { notWorker?: string; worker?: string }, nowIso: string): Promise<number> {
    let query = this.db.updateTable(TABLE).set({ state: 'queued', claimed_by: null, sys_updated_on: nowIso }).where('state', '=', 'processing');
    if (predicate.worker) query = query.where('claimed_by', '=', predicate.worker);
    if (predicate.notWorker) query = query.where('claimed_by', '<>', predicate.notWorker);
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async processingEntries(): Promise<Row[]> {
    const rows = await this.db
      .selectFrom(TABLE)
      .select(['sys_id', 'run', 'connector', 'page_no', 'attempts', 'claimed_by', 'processing_started', 'last_record_processed', 'resume_details'])
      .where('state', '=', 'processing')
      .execute();
    return rows.map((row) => fromRow(importQueueEntryTable, row));
  }

  /** Moves a stuck entry back to the queue (or to error past its attempts), if still held by `worker`. */
  async timeOut(entryId: string, worker: string | null, requeue: boolean, message: string, nowIso: string): Promise<boolean> {
    let query = this.db
      .updateTable(TABLE)
      .set({ state: requeue ? 'queued' : 'timed_out', claimed_by: null, error: message, sys_updated_on: nowIso, ...(requeue ? {} : { processing_ended: nowIso }) })
      .where('sys_id', '=', entryId)
      .where('state', '=', 'processing');
    query = worker === null ? query.where('claimed_by', 'is', null) : query.where('claimed_by', '=', worker);
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Cancelled or failed runs leave no entry waiting forever. */
  async closeOpenEntries(runId: string, message: string, nowIso: string): Promise<void> {
    await this.db.updateTable(TABLE).set({ state: 'error', error: message, claimed_by: null, processing_ended: nowIso, sys_updated_on: nowIso }).where('run', '=', runId).where('state', 'in', ['queued', 'processing']).execute();
  }
}
