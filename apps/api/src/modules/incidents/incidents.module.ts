import type { Db } from '../../platform/db/index.js';
import type { Audit } from '../../platform/audit/audit.js';
import type { Notify } from '../../platform/notify/notify.js';
import type { DirectivesService } from '../directives/index.js';
import { createEscalation } from './incidents.escalation.js';
import { createIncidentsService } from './incidents.service.js';
import { createResponse } from './incidents.response.js';
import { createClosing } from './incidents.closing.js';
import { createWriter } from './incidents.writes.js';

export type IncidentsModuleDeps = { db: Db; audit: Audit; clock: () => Date; notify: Notify; directivesOn: (db: Db) => DirectivesService };
export type IncidentsModule = ReturnType<typeof createIncidentsModule>;

/** Kamtib incidents: one service over the incident's parts, and the alerts that escalate them. */
export function createIncidentsModule(deps: IncidentsModuleDeps) {
  const { db, audit, clock, notify, directivesOn } = deps;
  const escalation = createEscalation({ db, notify, clock, audit });
  const writer = createWriter({ db, audit, clock });
  const incidents = {
    ...createIncidentsService({ db, audit, clock, escalation, writer }),
    ...createResponse({ db, audit, writer }),
    ...createClosing({ writer, directivesOn }),
    /** Acknowledges an alert of the incident (the escalation decides who may). */
    acknowledgeAlert: (principal: Parameters<typeof escalation.acknowledge>[0], id: string, alertId: string) => escalation.acknowledge(principal, id, alertId),
  };
  return { incidents, escalation };
}
