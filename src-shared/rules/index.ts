/** Public API of the rules core: normalisation, status mapping and write-back, filters, matching, scoring, assignment, grouping. */
export * from './normalized';
export { normalizeVmRecord } from './normalize-vm';
export { normalizeWasRecord, hostOfUrl } from './normalize-was';
export { normalizeScRecord, scRemoteState } from './normalize-sc';
export { normalizePage, normalizeRecord, INTERNAL_ERROR_REASON } from './normalize-page';
export { truncateText, safePrefix, boundedKey, hash53, TRUNCATION_MARKER } from './text-limits';
export * from './status-mapping';
export * from './write-back-planner';
export * from './severity-filter';
export * from './asset-matching';
export * from './conditions';
export * from './assignment-rules';
export * from './risk-score';
export { DEFAULT_RULE_ORDER, type RuleBase } from './rule-row';
export * from './remediation-grouping';
