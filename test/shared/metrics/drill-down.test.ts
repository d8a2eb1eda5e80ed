import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  connectorRunsDrillDown,
  dayRangeTerms,
  drillDownQuery,
  encodeQuery,
  ingestionDrillDown,
  outcomeSliceDrillDown,
  processingPointDrillDown,
  runsDrillDown,
  type ChartElement,
} from '../../../src-shared/metrics/drill-down';

const DAY = "^ended>=2026-11-20T00:00:00.000Z^ended<2026-11-21T00:00:00.000Z";

const ROUTES = { x_eih_integration_run: '/runs', x_eih_import_queue_entry: '/queue-entries', x_eih_connector: '/connectors' } as const;

describe('drill-down queries', () => {
  const connectors = [
    { sys_id: 'c1', name: 'One', last_run_status: 'failed' },
    { sys_id: 'c2', name: 'Two', last_run_status: 'succeeded' },
    { sys_id: 'c3', name: 'Three', last_run_status: 'FAILED' },
  ];

  it.each<[string, ChartElement, string, string]>([
    ['succeeded bar', { chart: 'runs', connector: 'abc', outcome: 'succeeded', fromDay: '2026-11-20' }, 'x_eih_integration_run', `connector=abc^state=complete^substate=succeeded${DAY}`],
    ['failed bar counts timed out runs too', { chart: 'runs', connector: 'abc', outcome: 'failed', fromDay: '2026-11-20' }, 'x_eih_integration_run', `connector=abc^state=complete^substateINfailed,timed_out${DAY}`],
    [
      '7-day total across integrations',
      { chart: 'runs', fromDay: '2026-11-14', toDay: '2026-11-20' },
      'x_eih_integration_run',
      'state=complete^ended>=2026-11-14T00:00:00.000Z^ended<2026-11-21T00:00:00.000Z',
    ],
    ['failed pie slice', { chart: 'last_run', slice: 'failed', connectors }, 'x_eih_connector', 'sys_idINc1,c3'],
    ['queue processing highlight', { chart: 'ingestion', metric: 'queue_processing', fromDay: '2026-11-14', toDay: '2026-11-20', connector: 'abc' }, 'x_eih_import_queue_entry', 'connector=abc^processing_ended>=2026-11-14T00:00:00.000Z^processing_ended<2026-11-21T00:00:00.000Z'],
    ['queue wait highlight, all integrations', { chart: 'ingestion', metric: 'queue_wait', fromDay: '2026-11-20', toDay: '2026-11-20' }, 'x_eih_import_queue_entry', 'processing_ended>=2026-11-20T00:00:00.000Z^processing_ended<2026-11-21T00:00:00.000Z'],
    ['rest api highlight', { chart: 'ingestion', metric: 'rest_api', fromDay: '2026-11-20', toDay: '2026-11-20', connector: 'abc' }, 'x_eih_integration_run', `connector=abc^state=complete${DAY}`],
    ['processing point', { chart: 'processing', day: '2026-11-20', connector: 'abc' }, 'x_eih_integration_run', `connector=abc^state=complete${DAY}`],
    ['processing point across month end', { chart: 'processing', day: '2026-02-28' }, 'x_eih_integration_run', 'state=complete^ended>=2026-02-28T00:00:00.000Z^ended<2026-03-01T00:00:00.000Z'],
    ['integration row', { chart: 'integration', connector: 'abc' }, 'x_eih_integration_run', 'connector=abc'],
  ])('%s', (_name, element, table, query) => {
    const result = drillDownQuery(element);
    expect(result?.table).toBe(table);
    expect(result?.query).toBe(query);
    const route = `/api/x_eih/hub${ROUTES[table as keyof typeof ROUTES]}`;
    expect(result?.route).toBe(route);
    expect(result?.href).toBe(`${route}?sysparm_query=${encodeURIComponent(query)}`);
  });

  it('an empty pie slice opens nothing', () => {
    expect(outcomeSliceDrillDown(connectors, 'cancelled')).toBeNull();
  });

  it('helpers agree with the dispatcher', () => {
    expect(runsDrillDown({ fromDay: '2026-11-20', connector: '' }).query).toBe(`state=complete${DAY}`);
    expect(ingestionDrillDown('rest_api', '2026-11-20', '2026-11-20').query).toBe(`state=complete${DAY}`);
    expect(processingPointDrillDown('2026-11-20').query).toBe(`state=complete${DAY}`);
    expect(connectorRunsDrillDown('x').query).toBe('connector=x');
  });

  it('escapes a caret inside a value so it cannot add a condition', () => {
    expect(encodeQuery([{ field: 'name', op: '=', value: 'a^b' }, { field: 'sys_id', op: 'IN', value: ['x^y', 'z'] }])).toBe('name=a^^b^sys_idINx^^y,z');
  });

  it('an inverted day range matches nothing (end before start)', () => {
    const [from, to] = dayRangeTerms('ended', '2026-11-21', '2026-11-20');
    expect(from?.value).toBe('2026-11-21T00:00:00.000Z');
    expect(to?.value).toBe('2026-11-21T00:00:00.000Z');
  });

  it('a day range always spans whole UTC days (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 0, max: 40 }), (start, length) => {
        const from = new Date(start * 86_400_000).toISOString().slice(0, 10);
        const to = new Date((start + length) * 86_400_000).toISOString().slice(0, 10);
        const [lo, hi] = dayRangeTerms('ended', from, to);
        expect(Date.parse(hi?.value as string) - Date.parse(lo?.value as string)).toBe((length + 1) * 86_400_000);
      }),
    );
  });
});
