import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The index spreads every file into one object, where a key defined twice silently takes the later text.
test('no two message files define the same key', async () => {
  const folder = fileURLToPath(new URL('.', import.meta.url));
  const files = readdirSync(folder).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.endsWith('.test.ts'));
  const owners = new Map<string, string>();
  const clashes: string[] = [];
  for (const file of files) {
    const parts = (await import(`./${file}`)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(parts)) {
      if (!name.endsWith('Id') || typeof value !== 'object' || value === null) continue;
      for (const key of Object.keys(value)) {
        const owner = owners.get(key);
        if (owner) clashes.push(`${key}: ${owner} and ${file}`);
        else owners.set(key, file);
      }
    }
  }
  assert.ok(owners.size > 500, `read the messages (${owners.size} keys)`);
  assert.deepEqual(clashes, []);
});
