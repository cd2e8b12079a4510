import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { moduleJsonSchema } from '../../src/content/module-schema.js';
import { SCHEMA_FILE, schemaFileText } from '../../packaging/write-schema.js';

describe('module schema: one source', () => {
  it('module.schema.json is generated from module-schema.ts and current (run `npm run schema` after a change)', async () => {
    const onDisk = readFileSync(SCHEMA_FILE, 'utf8');
    expect(JSON.parse(onDisk)).toEqual(moduleJsonSchema);
    expect(onDisk).toBe(await schemaFileText());
  });

  it('keeps the bilingual descriptions editors show (Dutch / English)', () => {
    const defs = moduleJsonSchema.$defs as Record<string, { properties?: Record<string, { description?: string }> }>;
    expect(defs.infoPage.properties?.body.description).toMatch(/^Hoofdtekst in opmaaktekst.* \/ Main text in rich text/);
    expect(defs.field.properties?.maxLength.description).toMatch(/standaard 500.* \/ .*default 500/);
  });
});
