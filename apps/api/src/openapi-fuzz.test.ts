import { sampleOf } from './test/fuzz/cases.js';
import { fuzzEveryOperation } from './test/fuzz/fuzz-suite.js';

// The quick pass in `npm test`: every operation, one hostile input per field and
// parameter, chosen by the seeded generator. `openapi-fuzz.robustness.ts` sends all of them.
fuzzEveryOperation({ picker: (next) => sampleOf(next, 1) });
