import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeDateTime, parseEncodedQuery } from '../../../src-shared/query/encoded-query';
import { integrationRunTable } from '../../../src-shared/model/tables';

const parse = (query: string) => parseEncodedQuery(integrationRunTable, query);

describe('encoded query parser', () => {
  it.each([
    ['state=complete', [[{ field: 'state', operator: '=', value: 'complete' }]]],
    ['substate!=failed', [[{ field: 'substate', operator: '!=', value: 'failed' }]]],
    ['pages>3^records_fetched<=10', [[{ field: 'pages', operator: '>', value: 3 }], [{ field: 'records_fetched', operator: '<=', value: 10 }]]],
    ['pages>=1^ORpages<0', [[{ field: 'pages', operator: '>=', value: 1 }, { field: 'pages', operator: '<', value: 0 }]]],
    ['stateINqueued,retrieving', [[{ field: 'state', operator: 'IN', value: null, values: ['queued', 'retrieving'] }]]],
    ['stateNOT INcomplete', [[{ field: 'state', operator: 'NOT IN', value: null, values: ['complete'] }]]],
    ['numberSTARTSWITHRUN', [[{ field: 'number', operator: 'STARTSWITH', value: 'RUN' }]]],
    ['failure_messageLIKEtimeout', [[{ field: 'failure_message', operator: 'LIKE', value: 'timeout' }]]],
    ['endedISEMPTY', [[{ field: 'ended', operator: 'ISEMPTY', value: null }]]],
    ['full_import=true', [[{ field: 'full_import', operator: '=', value: true }]]],
    ['started>=2026-11-20 00:00:00', [[{ field: 'started', operator: '>=', value: '2026-11-20T00:00:00.000Z' }]]],
    ['notesLIKEa^^b', [[{ field: 'notes', operator: 'LIKE', value: 'a^b' }]]],
  ])('parses %s', (query, groups) => {
    const parsed = parse(query);
    expect(parsed).toEqual({ ok: true, value: { groups, orderBy: [] } });
  });

  it('reads ORDERBY and ORDERBYDESC', () => {
    expect(parse('state=complete^ORDERBYDESCstarted^ORDERBYnumber')).toMatchObject({
      ok: true,
      value: { orderBy: [{ field: 'started', direction: 'desc' }, { field: 'number', direction: 'asc' }] },
    });
  });

  it.each([
    ['colour=red', 'unknown_field', "unknown field 'colour'"],
    ['ORDERBYcolour', 'unknown_field', "unknown field 'colour'"],
    ['pages>many', 'invalid_query_value', "'pages' expects a number"],
    ['pages=9223372036854776000', 'invalid_query_value', 'within'],
    ['full_import=maybe', 'invalid_query_value', 'true or false'],
    ['started>yesterday', 'invalid_query_value', 'date-time'],
    ['endedISEMPTYx', 'invalid_query', 'takes no value'],
    ['state~complete', 'invalid_query', 'no known operator'],
    ['=x', 'invalid_query', 'does not start with a field'],
    ['pages=1^NQpages=2', 'invalid_query', 'NQ'],
  ])('rejects %s naming the problem', (query, code, message) => {
    const parsed = parse(query);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.code).toBe(code);
      expect(parsed.error.message).toContain(message);
      expect(parsed.error.statusHint).toBe(400);
    }
  });

  it('treats an empty query as no condition and rejects absurd sizes', () => {
    expect(parse('')).toEqual({ ok: true, value: { groups: [], orderBy: [] } });
    expect(parseEncodedQuery(integrationRunTable, undefined)).toEqual({ ok: true, value: { groups: [], orderBy: [] } });
    expect(parse('x'.repeat(9000)).ok).toBe(false);
    expect(parse(Array.from({ length: 101 }, () => 'pages=1').join('^')).ok).toBe(false);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (query) => {
        const parsed = parse(query);
        expect(typeof parsed.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('normalises ServiceNow and ISO date-times', () => {
    expect(normalizeDateTime('2026-11-20')).toBe('2026-11-20T00:00:00.000Z');
    expect(normalizeDateTime('2026-11-20 13:05')).toBe('2026-11-20T13:05:00.000Z');
    expect(normalizeDateTime('2026-11-20T13:05:00+01:00')).toBe('2026-11-20T12:05:00.000Z');
    expect(normalizeDateTime('2026-13-45')).toBeUndefined();
  });
});
