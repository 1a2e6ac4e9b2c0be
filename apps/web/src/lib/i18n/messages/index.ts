import { accountId } from './account';
import { assignmentsId } from './assignments';
import { auditId } from './audit';
import { campaignsId } from './campaigns';
import { campaignWorkId } from './campaign-work';
import { campaignUnitWorkId } from './campaign-unit-work';
import { commonId } from './common';
import { directivesId } from './directives';
import { directiveChangesId } from './directive-changes';
import { requestsId } from './requests';
import { domainId } from './domain';
import { notificationsId } from './notifications';
import { evidenceId } from './evidence';
import { meetingsId } from './meetings';
import { metricsEditorId } from './metrics-editor';
import { overviewId } from './overview';
import { unitsId } from './units';
import { usersId } from './users';
import { incidentsId } from './incidents';
import { programmesId } from './programmes';
import { outcomesId } from './outcomes';
import { programmesUiId } from './programmes-ui';
import { incidentStatsId } from './incident-stats';
import { incidentCatalogueId } from './incident-catalogue';
import { incidentsUiId } from './incidents-ui';
import { incidentPageId } from './incident-page';
import { incidentDetailsId } from './incident-details';
import { attendanceId } from './attendance';
import { inmatesId } from './inmates';
import { programmeFiguresId } from './programme-figures';
import { productsId } from './products';
import { productsUiId } from './products-ui';
import { catalogueId } from './catalogue';
import { cooperativeId } from './cooperative';
import { cooperativeUiId } from './cooperative-ui';
import { salesId } from './sales';
import { offlineId } from './offline';
import { outboxId } from './outbox';
import { offlineCaptureId } from './offline-capture';

/** Bahasa Indonesia is the source language and ships with the app shell. */
export const messagesId = {
  ...commonId,
  ...domainId,
  ...accountId,
  ...unitsId,
  ...usersId,
  ...auditId,
  ...directivesId,
  ...metricsEditorId,
  ...assignmentsId,
  ...directiveChangesId,
  ...notificationsId,
  ...evidenceId,
  ...meetingsId,
  ...requestsId,
  ...overviewId,
  ...campaignsId,
  ...campaignWorkId,
  ...campaignUnitWorkId,
  ...incidentsId,
  ...programmesId,
  ...outcomesId,
  ...programmesUiId,
  ...incidentStatsId,
  ...incidentCatalogueId,
  ...incidentsUiId,
  ...incidentPageId,
  ...incidentDetailsId,
  ...attendanceId,
  ...inmatesId,
  ...programmeFiguresId,
  ...productsId,
  ...productsUiId,
  ...catalogueId,
  ...cooperativeId,
  ...cooperativeUiId,
  ...salesId,
  ...offlineId,
  ...outboxId,
  ...offlineCaptureId,
};

export type MessageKey = keyof typeof messagesId;
