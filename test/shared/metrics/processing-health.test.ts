import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DailyMetricRow } from '../../../src-shared/metrics/metric-rows';
import { DEFAULT_DEVIATION_RULE, PROCESSING_STAGES, deviationOf, processingHealth } from '../../../src-shared/metrics/processing-health';

const NOW = Date.UTC(2026, 10, 20, 15, 30);
const ctx = { now: NOW };
const dayAgo = (n: number) => new Date(Date.UTC(2026, 10, 20) - n * 86_400_000).toISOString().slice(0, 10);

describe('deviationOf', () => {
  const steady = [10, 11, 9, 10, 10, 11, 9]; // mean 10, σ ≈ 0.756
  it.each([
    ['no history', 100, [], null],
    ['sigma rule: well above', 20, steady, { rule: 'sigma', direction: 'above' }],
    ['sigma rule: well below', 1, steady, { rule: 'sigma', direction: 'below' }],
    ['sigma rule: within 2σ', 11.4, steady, null],
    ['sigma rule: just above 2σ', 11.6, steady, { rule: 'sigma', direction: 'above' }],
    ['median rule with 4 points: above 2× median', 21, [10, 10, 10, 10], { rule: 'median', direction: 'above', baseline: 10, threshold: 20 }],
    ['median rule: exactly 2× median is not a deviation', 20, [10, 10, 10, 10], null],
    ['median rule never flags drops', 0, [10, 10, 10], null],
    ['median of an even count is the mean of the middle two', 13, [2, 4, 8, 100], { rule: 'median', baseline: 6, threshold: 12 }],
    ['constant history falls back to the median rule', 10.5, [10, 10, 10, 10, 10, 10], null],
    ['constant history, doubled', 25, [10, 10, 10, 10, 10, 10], { rule: 'median', direction: 'above' }],
    ['zero baseline: any cost deviates', 1, [0, 0], { rule: 'median', threshold: 0 }],
  ] as const)('%s', (_name, value, history, expected) => {
    const result = deviationOf(value, history);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toMatchObject(expected);
  });

  it('respects a custom rule', () => {
    expect(deviationOf(12, [10, 11, 9, 10, 10, 11, 9], { ...DEFAULT_DEVIATION_RULE, k: 1 })).toMatchObject({ rule: 'sigma' });
    expect(deviationOf(35, [10, 10], { ...DEFAULT_DEVIATION_RULE, medianFactor: 4 })).toBeNull();
  });
});

describe('processingHealth', () => {
  it('per stage per day: ms per record, null on days without records, stable keys and labels', () => {
    const metrics: DailyMetricRow[] = [
      { connector: 'a', day: dayAgo(0), records: 100, ci_lookup_ms: 500, vi_creation_ms: 1000, risk_rules_ms: 0, assignment_rules_ms: 200, remediation_task_rules_ms: 50 },
      { connector: 'b', day: dayAgo(0), records: 300, ci_lookup_ms: 1500 },
      { connector: 'a', day: dayAgo(1), records: 0, ci_lookup_ms: 999 },
    ];
    const health = processingHealth({ metrics }, ctx);
    expect(health.windowDays).toBe(30);
    expect(health.days).toHaveLength(30);
    expect(health.stages.map((s) => [s.key, s.label])).toEqual([
      ['assignment_rules', 'Assignment rules'],
      ['remediation_task_rules', 'Remediation task rules'],
      ['ci_lookup', 'CI lookup'],
      ['risk_rules', 'Risk rules'],
      ['vi_creation', 'VI creation'],
    ]);
    const ci = health.stages.find((s) => s.key === 'ci_lookup');
    expect(ci?.points[29]).toEqual({ day: dayAgo(0), msPerRecord: 5, stageMs: 2000, records: 400, deviation: null });
    expect(ci?.points[28]).toMatchObject({ day: dayAgo(1), msPerRecord: null, records: 0 });
    expect(health.stages.find((s) => s.key === 'assignment_rules')?.points[29]?.msPerRecord).toBe(0.5);
    expect(health.stages.find((s) => s.key === 'risk_rules')?.points[29]?.msPerRecord).toBe(0);
  });

  it('flags the day a stage slows down, against the earlier days of the window only', () => {
    const metrics: DailyMetricRow[] = [];
    for (let n = 29; n >= 1; n--) metrics.push({ connector: 'a', day: dayAgo(n), records: 1000, risk_rules_ms: 1000 + (n % 3) * 100 });
    metrics.push({ connector: 'a', day: dayAgo(0), records: 1000, risk_rules_ms: 5000 });
    metrics.push({ connector: 'a', day: dayAgo(40), records: 1, risk_rules_ms: 1_000_000 }); // outside the window
    const risk = processingHealth({ metrics }, ctx).stages.find((s) => s.key === 'risk_rules');
    expect(risk?.deviations).toBe(1);
    expect(risk?.points[29]?.deviation).toMatchObject({ rule: 'sigma', direction: 'above' });
    expect(risk?.points.slice(0, 29).every((p) => p.deviation === null)).toBe(true);
  });

  it('early in the window, before enough history, uses the 2× median rule', () => {
    const metrics: DailyMetricRow[] = [
      { connector: 'a', day: dayAgo(29), records: 10, vi_creation_ms: 100 },
      { connector: 'a', day: dayAgo(28), records: 10, vi_creation_ms: 100 },
      { connector: 'a', day: dayAgo(27), records: 10, vi_creation_ms: 300 },
    ];
    const vi = processingHealth({ metrics }, ctx).stages.find((s) => s.key === 'vi_creation');
    expect(vi?.points[0]?.deviation).toBeNull();
    expect(vi?.points[2]?.deviation).toEqual({ rule: 'median', direction: 'above', baseline: 10, threshold: 20 });
  });

  it('restricts to one connector and honours a 7-day window', () => {
    const metrics: DailyMetricRow[] = [
      { connector: 'a', day: dayAgo(0), records: 10, ci_lookup_ms: 10 },
      { connector: 'b', day: dayAgo(0), records: 10, ci_lookup_ms: 990 },
    ];
    const health = processingHealth({ metrics, connector: 'a', windowDays: 7 }, ctx);
    expect(health.days).toHaveLength(7);
    expect(health.stages.find((s) => s.key === 'ci_lookup')?.points[6]?.msPerRecord).toBe(1);
  });

  it('every stage has exactly windowDays points in day order (property)', () => {
    const row = fc.record({
      connector: fc.constantFrom('a', 'b'),
      day: fc.integer({ min: 0, max: 40 }).map(dayAgo),
      records: fc.nat(1000),
      ci_lookup_ms: fc.nat(100_000),
      risk_rules_ms: fc.nat(100_000),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 80 }), fc.constantFrom<7 | 30>(7, 30), (metrics, windowDays) => {
        const health = processingHealth({ metrics, windowDays }, ctx);
        expect(health.stages).toHaveLength(PROCESSING_STAGES.length);
        for (const stage of health.stages) {
          expect(stage.points.map((p) => p.day)).toEqual(health.days);
          expect(stage.deviations).toBe(stage.points.filter((p) => p.deviation !== null).length);
          for (const p of stage.points) expect(p.msPerRecord === null).toBe(p.records === 0);
        }
      }),
    );
  });
});
