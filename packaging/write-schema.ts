/**
 * Writes `src/content/module.schema.json` from the TypeBox definitions in `src/content/module-schema.ts`
 * (`npm run schema`). Editors read the JSON file for hints while authors type; a unit test fails
 * when it is not current.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { moduleJsonSchema } from '../src/content/module-schema.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../src/content/module.schema.json', import.meta.url));

/** The file's text: the schema as JSON, formatted as the rest of the tree. */
export async function schemaFileText(): Promise<string> {
  const options = (await resolveConfig(SCHEMA_FILE)) ?? {};
  return format(JSON.stringify(moduleJsonSchema), { ...options, parser: 'json' });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(SCHEMA_FILE, await schemaFileText());
  console.log(`wrote ${SCHEMA_FILE}`);
}
