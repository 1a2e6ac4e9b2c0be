import type { Audit } from '../../platform/audit/audit.js';
import type { Db } from '../../platform/db/index.js';
import { createOutcomesCore } from './outcomes.service.js';
import { createOutcomeDocuments } from './outcomes.documents.js';

/** Certificates, skills and the per-inmate summary with its PDF and XLSX exports. */
export function createOutcomesService(deps: { db: Db; audit: Audit; clock: () => Date }) {
  const core = createOutcomesCore(deps);
  return { ...core, ...createOutcomeDocuments({ db: deps.db, clock: deps.clock, core }) };
}
export type OutcomesService = ReturnType<typeof createOutcomesService>;
