/**
 * Prints the top functions of a V8 `.cpuprofile` by self time (and the share of sampled time
 * spent idle or in GC), for the profiles docs/benchmarks.md quotes:
 *   node --cpu-prof --cpu-prof-dir=prof --import tsx bench/run.ts ingest --findings 100000
 *   npx tsx bench/cpu-profile-top.ts prof/<file>.cpuprofile [count]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}

interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export function topFunctions(profile: Profile, count: number): { name: string; ms: number; share: number }[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    total += ms;
    const frame = byId.get(id)?.callFrame;
    const where = frame?.url ? `${frame.url.replace(/^.*\/work\/main\//, '').replace(/^file:\/\//, '')}:${frame.lineNumber + 1}` : '';
    const name = `${frame?.functionName || '(anonymous)'} ${where}`.trim();
    selfMs.set(name, (selfMs.get(name) ?? 0) + ms);
  });
  return [...selfMs.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => ({ name, ms: Math.round(ms), share: Math.round((1000 * ms) / total) / 10 }));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() as string)) {
  const [file, count] = process.argv.slice(2);
  if (!file) throw new Error('usage: cpu-profile-top.ts <file.cpuprofile> [count]');
  for (const row of topFunctions(JSON.parse(readFileSync(file, 'utf8')) as Profile, Number(count ?? 25))) {
    process.stdout.write(`${String(row.share).padStart(5)} %  ${String(row.ms).padStart(7)} ms  ${row.name}\n`);
  }
}
