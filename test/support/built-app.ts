/** Reads the `now-sdk build` output (dist/app) so tests can assert what would be installed. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const BUILT_APP_DIR = 'dist/app';

export interface BuiltRecord {
  readonly file: string;
  readonly table: string;
  readonly xml: string;
}

export function builtAppExists(): boolean {
  return existsSync(join(BUILT_APP_DIR, 'update'));
}

export function readBuiltRecords(): BuiltRecord[] {
  const records: BuiltRecord[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.xml')) {
        const xml = readFileSync(path, 'utf8');
        const table = /<record_update[^>]*>\s*<([a-z0-9_]+)[\s>]/.exec(xml)?.[1] ?? '';
        records.push({ file: path, table, xml });
      }
    }
  };
  walk(BUILT_APP_DIR);
  return records;
}

/** The text of the first `<tag>` in a record, unescaped enough for names and plain values. */
export function field(xml: string, tag: string): string | undefined {
  const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(xml);
  return match?.[1];
}
