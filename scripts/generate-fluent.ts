/** Writes the Fluent files derived from the table model. `npm run generate` after a model change. */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { instanceTables } from '../src-shared/model/tables';
import { fluentPropertiesSource, fluentTableFileName, fluentTableSource } from './fluent-codegen';

export const GENERATED_DIR = 'src-server/fluent/generated-model';

export function expectedGeneratedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const table of instanceTables()) {
    files.set(fluentTableFileName(table), fluentTableSource(table, `src-shared/model/tables.ts (${table.name})`));
  }
  files.set('properties.now.ts', fluentPropertiesSource());
  return files;
}

function main(): void {
  mkdirSync(GENERATED_DIR, { recursive: true });
  const expected = expectedGeneratedFiles();
  for (const name of readdirSync(GENERATED_DIR)) {
    if (!expected.has(name)) rmSync(join(GENERATED_DIR, name));
  }
  for (const [name, source] of expected) writeFileSync(join(GENERATED_DIR, name), source);
  console.log(`generated ${expected.size} Fluent files in ${GENERATED_DIR}`);
}

if (process.argv[1]?.endsWith('generate-fluent.ts')) main();
