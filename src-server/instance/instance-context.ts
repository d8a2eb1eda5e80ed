import type { CoreContext } from '../../src-shared/core/context';
import { isoOf } from '../../src-shared/core/context';
import { glide } from './glide/glide-port';

/**
 * The instance's clock for the core: GlideDateTime's epoch ms. The jitter seed comes from the
 * clock too, so two runs started in different milliseconds do not retry in lockstep.
 */
export function coreContext(): CoreContext {
  const now = glide().nowMs();
  return { now, seed: now % 2147483647 };
}

export function nowIso(): string {
  return isoOf(glide().nowMs());
}

/** Cut text to a column's length, visibly (stores reject longer text). */
export function clip(text: string, maxLength: number): string {
  return text.length <= maxLength ? text : `${text.slice(0, maxLength - 1)}…`;
}
