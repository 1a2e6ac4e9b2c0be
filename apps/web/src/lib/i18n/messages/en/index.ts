import type { MessageKey } from '../index';
import { accountEn } from './account';
import { assignmentsEn } from './assignments';
import { auditEn } from './audit';
import { campaignsEn } from './campaigns';
import { campaignWorkEn } from './campaign-work';
import { campaignUnitWorkEn } from './campaign-unit-work';
import { commonEn } from './common';
import { directivesEn } from './directives';
import { directiveChangesEn } from './directive-changes';
import { requestsEn } from './requests';
import { domainEn } from './domain';
import { notificationsEn } from './notifications';
import { evidenceEn } from './evidence';
import { meetingsEn } from './meetings';
import { metricsEditorEn } from './metrics-editor';
import { overviewEn } from './overview';
import { unitsEn } from './units';
import { usersEn } from './users';
import { incidentsEn } from './incidents';
import { programmesEn } from './programmes';
import { outcomesEn } from './outcomes';
import { programmesUiEn } from './programmes-ui';
import { incidentStatsEn } from './incident-stats';
import { incidentCatalogueEn } from './incident-catalogue';
import { incidentsUiEn } from './incidents-ui';
import { incidentPageEn } from './incident-page';
import { incidentDetailsEn } from './incident-details';
import { attendanceEn } from './attendance';
import { inmatesEn } from './inmates';
import { programmeFiguresEn } from './programme-figures';
import { productsEn } from './products';
import { productsUiEn } from './products-ui';
import { catalogueEn } from './catalogue';
import { cooperativeEn } from './cooperative';
import { cooperativeUiEn } from './cooperative-ui';
import { salesEn } from './sales';
import { offlineEn } from './offline';
import { outboxEn } from './outbox';
import { offlineCaptureEn } from './offline-capture';

/** English, loaded only when someone chooses it; it must have every key (the type checks it). */
export const messagesEn: Record<MessageKey, string> = {
  ...commonEn,
  ...domainEn,
  ...accountEn,
  ...unitsEn,
  ...usersEn,
  ...auditEn,
  ...directivesEn,
  ...metricsEditorEn,
  ...assignmentsEn,
  ...directiveChangesEn,
  ...notificationsEn,
  ...evidenceEn,
  ...meetingsEn,
  ...requestsEn,
  ...overviewEn,
  ...campaignsEn,
  ...campaignWorkEn,
  ...campaignUnitWorkEn,
  ...incidentsEn,
  ...programmesEn,
  ...outcomesEn,
  ...programmesUiEn,
  ...incidentStatsEn,
  ...incidentCatalogueEn,
  ...incidentsUiEn,
  ...incidentPageEn,
  ...incidentDetailsEn,
  ...attendanceEn,
  ...inmatesEn,
  ...programmeFiguresEn,
  ...productsEn,
  ...productsUiEn,
  ...catalogueEn,
  ...cooperativeEn,
  ...cooperativeUiEn,
  ...salesEn,
  ...offlineEn,
  ...outboxEn,
  ...offlineCaptureEn,
};
