import type { Platform } from '../model/vocabulary';
import type { NormalizedPage, NormalizedRecord, NormalizeOutcome, PageRejection, ScSourceType } from './normalized';
import { normalizeScRecord } from './normalize-sc';
import { normalizeVmRecord } from './normalize-vm';
import { normalizeWasRecord } from './normalize-was';
import { childPath, describe } from './record-reader';

/** Reason prefix of a rejection caused by a bug in a normaliser rather than by the data. */
export const INTERNAL_ERROR_REASON = 'internal error';

export function normalizeRecord(platform: Platform, record: unknown, path: string, sourceType: ScSourceType = 'cumulative'): NormalizeOutcome {
  // The readers never throw; this net only turns a normaliser bug into a visible rejection
  // instead of losing the whole page.
  try {
    if (platform === 'tenable_vm') return normalizeVmRecord(record, path);
    if (platform === 'tenable_was') return normalizeWasRecord(record, path);
    return normalizeScRecord(record, sourceType, path);
  } catch (error) {
    const message = error instanceof Error ? error.message : describe(error);
    return { ok: false, path, reason: `${INTERNAL_ERROR_REASON}: ${message}` };
  }
}

/**
 * One page (an export chunk, or an SC `response.results` array) → accepted records and
 * rejections. Nothing is dropped silently: every element lands in exactly one list, and a page
 * that is not an array is one rejection at `$` (index null).
 */
export function normalizePage(platform: Platform, records: unknown, sourceType: ScSourceType = 'cumulative'): NormalizedPage {
  if (!Array.isArray(records)) {
    return { accepted: [], rejected: [{ index: null, path: '$', reason: `expected array of records, got ${describe(records)}` }] };
  }
  const accepted: NormalizedRecord[] = [];
  const rejected: PageRejection[] = [];
  for (let index = 0; index < records.length; index++) {
    const outcome = normalizeRecord(platform, records[index] as unknown, childPath('$', index), sourceType);
    if (outcome.ok) accepted.push(outcome.value);
    else rejected.push({ index, path: outcome.path, reason: outcome.reason });
  }
  return { accepted, rejected };
}
