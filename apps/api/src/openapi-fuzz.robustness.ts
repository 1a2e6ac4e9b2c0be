import { testDbKind } from './test/db.js';
import { everyInput } from './test/fuzz/cases.js';
import { fuzzEveryOperation } from './test/fuzz/fuzz-suite.js';

// The full pass (`npm run test:robustness`): every hostile input on every field of every operation, with
// the demo's activity in the database so that path ids name real records; on PGlite and, when
// TEST_DATABASE_URL is set, on PostgreSQL too.
fuzzEveryOperation({ dbKind: 'pglite', picker: () => everyInput, withDemoActivity: true });
if (testDbKind() === 'postgres') fuzzEveryOperation({ dbKind: 'postgres', picker: () => everyInput, withDemoActivity: true });
