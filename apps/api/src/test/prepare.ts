// Builds the seeded PGlite snapshot that every test file starts from (see db.ts).
import { createTestDb } from './db.js';

const database = await createTestDb();
await database.close();
