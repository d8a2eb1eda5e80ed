/**
 * PostgreSQL's deadlock (40P01) and serialization (40001) failures roll the transaction back and
 * ask the client to run it again; workers sharing rows (remediation tasks) can meet them under
 * load. Anything else is not retried here.
 */
const TRANSIENT_CONFLICTS = new Set(['40P01', '40001']);
export const CONFLICT_RETRIES = 3;

export async function retryOnConflict<T>(work: () => Promise<T>, retries = CONFLICT_RETRIES): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      if (attempt > retries || typeof code !== 'string' || !TRANSIENT_CONFLICTS.has(code)) throw error;
    }
  }
}
