/** Dashboard metrics: pure computations over rows the hosts query; drill-downs to the records behind them. */
export {
  METRIC_COUNTERS,
  byNameThenId,
  counter,
  dayWindow,
  type ConnectorRow,
  type DailyMetricRow,
  type DayWindow,
  type MetricCounter,
  type WindowDays,
} from './metric-rows';
export { percentile, sortedSamples, summarize, type SampleSummary } from './percentile';
export { FLAT_THRESHOLD_PERCENT, trendOf, type Trend, type TrendDirection } from './trend';
export {
  FAILED_SUBSTATES,
  OUTCOME_LABELS,
  OUTCOME_SLICES,
  barOutcomeOfSubstate,
  outcomeOfStatus,
  type OutcomeSlice,
} from './run-outcome';
export {
  HUB_API_BASE,
  connectorRunsDrillDown,
  dayRangeTerms,
  drillDown,
  drillDownQuery,
  encodeQuery,
  ingestionDrillDown,
  listRouteOf,
  outcomeSliceDrillDown,
  processingPointDrillDown,
  runsDrillDown,
  type ChartElement,
  type DrillDown,
  type IngestionMetric,
  type QueryOperator,
  type QueryTerm,
  type RunsSelection,
} from './drill-down';
export {
  lastRunOutcomes,
  runsPerIntegration,
  type DayRuns,
  type IntegrationRuns,
  type OutcomeShare,
  type RunTotals,
  type RunsPerIntegration,
  type RunsPerIntegrationInput,
} from './runs-per-integration';
export {
  INGESTION_METRICS,
  ingestionHealth,
  type IngestionHealth,
  type IngestionHealthInput,
  type IngestionHighlight,
} from './ingestion-health';
export { samplesOfEntry, samplesOfRun, type IngestionSample } from './ingestion-samples';
export {
  LATENCY_BUCKET_BOUNDS,
  LATENCY_BUCKET_COUNT,
  decodeLatencyBuckets,
  emptyHistogram,
  encodeLatencyBuckets,
  histogramOf,
  histogramPercentile,
  latencyBucketOf,
  latencyBucketRange,
  mergeHistograms,
  summarizeHistogram,
  type LatencyHistogram,
} from './latency-histogram';
export { histogramOfRow, latencyColumnsOf, storedLatencyOf, type DailyLatencyColumns, type DailyLatencyRow, type DailyLatencyTotalColumns } from './daily-latency-rows';
export { applyDailyLatencyDelta, dailyLatencyDelta, dailyLatencyRowsOfSamples, dailyLatencyTotal, distinctLatencyKeys, latencyDeltasOfSamples, type DailyLatencyDelta, type LatencyKey } from './latency-rollup';
export {
  DEFAULT_DEVIATION_RULE,
  PROCESSING_STAGES,
  deviationOf,
  processingHealth,
  type Deviation,
  type DeviationRule,
  type ProcessingHealth,
  type ProcessingHealthInput,
  type ProcessingStageKey,
  type StagePoint,
  type StageSeries,
} from './processing-health';
export { integrationRow, integrationsTable, type IntegrationRow } from './integrations-table';
export {
  applyDailyMetricDelta,
  dailyMetricDelta,
  rollupSubject,
  type DailyMetricDelta,
  type EntryForRollup,
  type RunForRollup,
} from './rollup';
