import { parseUtcDateTime } from '../schedule/civil-time';
import type { IngestionMetric } from './drill-down';

/**
 * What one ingestion timing sample is and when it happened: the entry and run fields behind the
 * ingestion highlights. A sample is dated at the instant its drill-down filters on (an entry's
 * processing end, a run's end), so the records a highlight opens are the ones it counted.
 */

export interface IngestionSample {
  readonly metric: IngestionMetric;
  /** When the sample happened: an entry's processing end, a run's end (epoch ms). */
  readonly at: number;
  readonly ms: number;
  readonly connector?: string | null;
}

/** Queue wait (queued → processing started) and processing (started → ended) of one entry. */
export function samplesOfEntry(entry: {
  readonly connector?: string | null;
  readonly queued_at?: string | null;
  readonly processing_started?: string | null;
  readonly processing_ended?: string | null;
}): IngestionSample[] {
  const queued = parseUtcDateTime(entry.queued_at);
  const started = parseUtcDateTime(entry.processing_started);
  const ended = parseUtcDateTime(entry.processing_ended);
  // Both samples are dated at the processing end, as the drill-down filters entries on it.
  if (ended === null || started === null) return [];
  const connector = entry.connector ?? null;
  const samples: IngestionSample[] = [{ metric: 'queue_processing', at: ended, ms: ended - started, connector }];
  if (queued !== null) samples.push({ metric: 'queue_wait', at: ended, ms: started - queued, connector });
  return samples;
}

/** REST API time of one finished run, dated at its end. */
export function samplesOfRun(run: { readonly connector?: string | null; readonly ended?: string | null; readonly rest_api_ms?: number | null }): IngestionSample[] {
  const ended = parseUtcDateTime(run.ended);
  if (ended === null || typeof run.rest_api_ms !== 'number') return [];
  return [{ metric: 'rest_api', at: ended, ms: run.rest_api_ms, connector: run.connector ?? null }];
}
