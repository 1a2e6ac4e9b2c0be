import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: ['./apps/api/src/modules/*/*.table.ts', './apps/api/src/platform/*/*.table.ts'],
  out: './apps/api/drizzle',
});
