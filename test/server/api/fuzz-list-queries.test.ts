/**
 * Property-based fuzzing of the list routes: generated `sysparm_query` strings (real and unknown
 * fields, every operator, values of every type, odd joins, raw binary) with generated limits,
 * offsets, field lists and unknown parameters. The hub answers 200 (with X-Total-Count and Link)
 * or 400 naming the field or reason: never 5xx, on either store (the SQL differs by dialect).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TableDef } from '../../../src-shared/model/column';
import { assetTable, connectionTable, connectorLogTable, connectorTable, importQueueEntryTable, integrationRunTable, vulnerableItemTable } from '../../../src-shared/model/tables';
import { API, startApi, type ApiHarness } from '../../support/api-harness';
import { createConnector, seedWorld, type World } from '../../support/api-fixtures';
import { encodeParam, encodedQuery, listParams } from '../../support/fuzz-arbitraries';
import { STORES } from '../../support/stores';
import { expectSaneFailure } from '../../support/api-expectations';

/** SQLite always gets 1,000 per route; PostgreSQL a sample sized for the folder's time budget. */
const RUNS_ON = { sqlite: 1000, postgres: 300 } as const;

const TABLE_OF: Record<string, TableDef> = {
  '/connections': connectionTable,
  '/connectors': connectorTable,
  '/runs': integrationRunTable,
  '/queue-entries': importQueueEntryTable,
  '/logs': connectorLogTable,
  '/vulnerable-items': vulnerableItemTable,
  '/assets': assetTable,
};

for (const dialect of STORES) {
  describe(`list routes under query fuzzing on ${dialect}`, () => {
    const RUNS = RUNS_ON[dialect];
    let api: ApiHarness;
    let world: World;

    beforeAll(async () => {
      api = await startApi(dialect);
      world = await seedWorld(api);
      for (let i = 0; i < 3; i++) await createConnector(api, world.spareConnection, { notes: `note ${i}` });
    });
    afterAll(async () => api.close());

    it('fuzzes every list route of the document that takes sysparm_query', () => {
      const lists = Object.entries(api.doc.paths)
        .filter(([, methods]) => (methods.get as { parameters?: { name: string }[] } | undefined)?.parameters?.some((p) => p.name === 'sysparm_query'))
        .map(([template]) => template.slice(API.length));
      expect(lists.sort()).toEqual(Object.keys(TABLE_OF).sort());
    });

    for (const [path, table] of Object.entries(TABLE_OF)) {
      it(`GET ${path}: ${RUNS} generated queries, only 200 or 400 naming the problem`, async () => {
        const fields = Object.keys(table.columns);
        const statuses = new Map<number, number>();
        await fc.assert(
          fc.asyncProperty(encodedQuery(fields), listParams(fields), async (query, params) => {
            const response = await api.get(`${path}?sysparm_query=${encodeParam(query)}${params ? `&${params}` : ''}`, 'viewer');
            statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
            expectSaneFailure(response);
            expect([200, 400]).toContain(response.status);
            if (response.status === 200) {
              expect(Number(response.headers.get('X-Total-Count'))).toBeGreaterThanOrEqual(response.body.result.length);
              expect(response.headers.get('Link')).toContain('rel="first"');
            }
          }),
          { numRuns: RUNS },
        );
        // Both outcomes were reached: the generator is neither all-valid nor all-garbage.
        expect(statuses.get(200) ?? 0, JSON.stringify([...statuses])).toBeGreaterThan(RUNS / 50);
        expect(statuses.get(400) ?? 0, JSON.stringify([...statuses])).toBeGreaterThan(RUNS / 50);
      });
    }

    it(`GET /connectors/{id}/logs and /assets: ${RUNS} generated query strings, only 200 or 400`, async () => {
      const since = fc.oneof(fc.constantFrom('2026-11-20 13:05:00', '2026-11-20', '2026-11-20T13:05:00Z', '2026-13-45', 'yesterday', ''), fc.string({ maxLength: 30 }), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()));
      const logsQuery = fc
        .record({
          stage: fc.option(fc.constantFrom('initiating', 'fetching', 'processing', 'nope', ''), { nil: undefined }),
          level: fc.option(fc.constantFrom('info', 'error', 'debug', 'warn', 'fatal', ''), { nil: undefined }),
          since: fc.option(since, { nil: undefined }),
        })
        .map((q) => Object.entries(q).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${encodeParam(String(v))}`).join('&'));
      await fc.assert(
        fc.asyncProperty(fc.constantFrom('logs', 'assets'), logsQuery, listParams(['hostname', 'level']), async (sub, own, params) => {
          const query = [sub === 'logs' ? own : '', params].filter(Boolean).join('&');
          const response = await api.get(`/connectors/${world.connector}/${sub}${query ? `?${query}` : ''}`, 'viewer');
          expectSaneFailure(response);
          expect([200, 400]).toContain(response.status);
        }),
        { numRuns: RUNS },
      );
    });

    it('left no secret in any response body or log line', () => {
      expect(api.leaks()).toEqual([]);
    });
  });
}
