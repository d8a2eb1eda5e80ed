/** The core's public surface: results, context, and the decisions hosts drive. */
export * from './result';
export * from './context';
export * from './http-outcome';
export * from './retry-after';
export * from './connection-diagnosis';
export * from './health-propagation';
export * from './connector-lifecycle-machine';
export * from './run-machine';
export * from './retry-policy';
export * from './heartbeat-policy';
