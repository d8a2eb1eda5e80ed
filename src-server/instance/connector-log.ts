import type { FailureStage, LogLevel } from '../../src-shared/model/vocabulary';
import { connectorLogTable } from '../../src-shared/model/tables/connector-log';
import { insertRow } from './glide/glide-store';
import { clip, nowIso } from './instance-context';

/** One line of a connector's log (Tenable's connector log: by stage, kept for the retention days). */
export interface LogLine {
  readonly connector: string;
  readonly run?: string | null;
  readonly level: LogLevel;
  readonly stage: FailureStage;
  readonly event: string;
  readonly message: string;
  readonly statusCode?: number | null;
  readonly retryable?: boolean;
}

export function writeLog(line: LogLine): string | null {
  return insertRow(connectorLogTable, {
    connector: line.connector,
    run: line.run ?? null,
    level: line.level,
    stage: line.stage,
    event: clip(line.event, 60),
    message: clip(line.message, 4000),
    status_code: line.statusCode ?? null,
    retryable: line.retryable ?? false,
    created: nowIso(),
  });
}
