import { describe, expect, it } from 'vitest';
import * as metrics from '../../../src-shared/metrics';

describe('src-shared/metrics public API', () => {
  it.each([
    'runsPerIntegration',
    'lastRunOutcomes',
    'ingestionHealth',
    'samplesOfEntry',
    'samplesOfRun',
    'processingHealth',
    'deviationOf',
    'integrationsTable',
    'integrationRow',
    'drillDownQuery',
    'runsDrillDown',
    'dailyMetricDelta',
    'applyDailyMetricDelta',
    'dailyLatencyDelta',
    'applyDailyLatencyDelta',
    'dailyLatencyTotal',
    'histogramOf',
    'mergeHistograms',
    'histogramPercentile',
    'percentile',
    'summarize',
    'trendOf',
    'dayWindow',
    'outcomeOfStatus',
  ])('exports %s', (name) => {
    expect(typeof (metrics as Record<string, unknown>)[name]).toBe('function');
  });

  it('exports the stage and slice vocabularies', () => {
    expect(metrics.PROCESSING_STAGES.map((s) => s.key)).toEqual(['assignment_rules', 'remediation_task_rules', 'ci_lookup', 'risk_rules', 'vi_creation']);
    expect(metrics.OUTCOME_SLICES).toContain('never_run');
    expect(metrics.INGESTION_METRICS).toHaveLength(3);
  });
});
