/**
 * The benchmark command line: `<benchmark> [--flag value]... [--json]`. Flags are read by name so
 * each benchmark takes only what it needs; a malformed number stops the run with a clear message.
 */
export interface BenchArgs {
  readonly name: string;
  readonly json: boolean;
  readonly flags: ReadonlyMap<string, string>;
}

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const flags = new Map<string, string>();
  let name = '';
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') json = true;
    else if (arg.startsWith('--')) {
      const [key, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      const value = inline ?? argv[i + 1];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new Error(`flag --${key} needs a value`);
      if (inline === undefined) i++;
      flags.set(key, value);
    } else if (!name) name = arg;
    else throw new Error(`unexpected argument '${arg}'`);
  }
  return { name, json, flags };
}

/** A positive number flag (accepts 1e6, 1_000_000 and 250k). */
export function numberFlag(args: BenchArgs, key: string, fallback: number): number {
  const raw = args.flags.get(key);
  if (raw === undefined) return fallback;
  const text = raw.replace(/_/g, '').toLowerCase();
  const scale = text.endsWith('k') ? 1e3 : text.endsWith('m') ? 1e6 : 1;
  const value = Number(scale === 1 ? text : text.slice(0, -1)) * scale;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`flag --${key} must be a positive number, got '${raw}'`);
  return value;
}

export function choiceFlag<T extends string>(args: BenchArgs, key: string, choices: readonly T[], fallback: T): T {
  const raw = args.flags.get(key);
  if (raw === undefined) return fallback;
  if (!(choices as readonly string[]).includes(raw)) throw new Error(`flag --${key} must be one of ${choices.join(', ')}, got '${raw}'`);
  return raw as T;
}
