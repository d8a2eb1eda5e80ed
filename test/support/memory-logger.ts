/**
 * A pino logger that keeps every line in memory, configured like the host's (`createLogger`: the
 * same redaction paths and censor), so a suite can grep what the host would have written.
 */
import pino from 'pino';
import { REDACTED_PATHS } from '../../src-server/node/logger';
import { SECURITY_REDACTED_PATHS } from '../../src-server/node/security/redaction';

export interface MemoryLogger {
  readonly logger: pino.Logger;
  /** Every serialized line, in order; the suite may read and grep it at any time. */
  readonly lines: string[];
}

export function memoryLogger(level: pino.LevelWithSilent = 'trace'): MemoryLogger {
  const lines: string[] = [];
  const destination = { write: (line: string) => void lines.push(line) };
  const logger = pino({ level, redact: { paths: [...new Set([...REDACTED_PATHS, ...SECURITY_REDACTED_PATHS])], censor: '[redacted]' } }, destination);
  return { logger, lines };
}
