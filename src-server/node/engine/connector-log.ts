/** Connector logs: every stage transition and failure, with stage, status code and retryable. */
import type { FailureStage, LogLevel } from '../../../src-shared/model/vocabulary';
import { connectorLogTable } from '../../../src-shared/model/tables';
import { isoNow, type EngineDeps } from './engine-deps';

export interface LogEntry {
  readonly connector: string;
  readonly run?: string | null;
  readonly level: LogLevel;
  readonly stage: FailureStage;
  readonly message: string;
  readonly event?: string;
  readonly statusCode?: number | null;
  readonly retryable?: boolean;
}

const MAX_MESSAGE = 4000;

export async function writeLog(deps: EngineDeps, entry: LogEntry): Promise<void> {
  const now = isoNow(deps);
  await deps.records.insert(
    connectorLogTable,
    {
      connector: entry.connector,
      run: entry.run ?? null,
      level: entry.level,
      stage: entry.stage,
      event: entry.event ?? null,
      message: entry.message.slice(0, MAX_MESSAGE),
      status_code: entry.statusCode ?? null,
      retryable: entry.retryable ?? false,
      created: now,
    },
    now,
  );
  const line = { connector: entry.connector, run: entry.run, stage: entry.stage, status_code: entry.statusCode, retryable: entry.retryable };
  if (entry.level === 'error') deps.logger.error(line, entry.message);
  else if (entry.level === 'warn') deps.logger.warn(line, entry.message);
  else deps.logger.debug(line, entry.message);
}
