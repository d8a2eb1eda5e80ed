/**
 * Output of every benchmark: a human table on stdout and, with `--json`, one last line holding a
 * single JSON object (so scripts can take the final line and parse it).
 */
export interface TableRow {
  readonly metric: string;
  readonly value: string | number;
  readonly target?: string;
  readonly met?: boolean | null;
}

export function printTable(title: string, rows: readonly TableRow[]): void {
  const cells = rows.map((row) => [row.metric, formatValue(row.value), row.target ?? '', row.met === undefined || row.met === null ? '' : row.met ? 'met' : 'NOT MET']);
  const header = ['metric', 'value', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] as string).length)));
  const line = (c: readonly string[]) => c.map((v, i) => (i === 1 ? v.padStart(widths[i] as number) : v.padEnd(widths[i] as number))).join('  ').trimEnd();
  process.stdout.write(`\n${title}\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${cells.map(line).join('\n')}\n`);
}

export function formatValue(value: string | number): string {
  if (typeof value === 'string') return value;
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return value.toLocaleString('en-US', { maximumFractionDigits: Math.abs(value) < 10 ? 3 : 1 });
}

/** Progress and notes go to stderr so stdout stays the table plus the JSON line. */
export function note(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
