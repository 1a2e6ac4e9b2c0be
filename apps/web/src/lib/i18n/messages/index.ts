import type { Language } from '../../format';
import { accountEn, accountId } from './account';
import { assignmentsEn, assignmentsId } from './assignments';
import { auditEn, auditId } from './audit';
import { campaignsEn, campaignsId } from './campaigns';
import { campaignWorkEn, campaignWorkId } from './campaign-work';
import { campaignUnitWorkEn, campaignUnitWorkId } from './campaign-unit-work';
import { commonEn, commonId } from './common';
import { directivesEn, directivesId } from './directives';
import { directiveChangesEn, directiveChangesId } from './directive-changes';
import { requestsEn, requestsId } from './requests';
import { domainEn, domainId } from './domain';
import { notificationsEn, notificationsId } from './notifications';
import { evidenceEn, evidenceId } from './evidence';
import { meetingsEn, meetingsId } from './meetings';
import { metricsEditorEn, metricsEditorId } from './metrics-editor';
import { overviewEn, overviewId } from './overview';
import { unitsEn, unitsId } from './units';
import { usersEn, usersId } from './users';
import { incidentsEn, incidentsId } from './incidents';
import { programmesEn, programmesId } from './programmes';
import { outcomesEn, outcomesId } from './outcomes';
import { programmesUiEn, programmesUiId } from './programmes-ui';
import { incidentStatsEn, incidentStatsId } from './incident-stats';
import { incidentCatalogueEn, incidentCatalogueId } from './incident-catalogue';
import { incidentsUiEn, incidentsUiId } from './incidents-ui';
import { incidentPageEn, incidentPageId } from './incident-page';
import { incidentDetailsEn, incidentDetailsId } from './incident-details';
import { attendanceEn, attendanceId } from './attendance';
import { inmatesEn, inmatesId } from './inmates';
import { programmeFiguresEn, programmeFiguresId } from './programme-figures';
import { productsEn, productsId } from './products';
import { productsUiEn, productsUiId } from './products-ui';
import { catalogueEn, catalogueId } from './catalogue';
import { cooperativeEn, cooperativeId } from './cooperative';
import { cooperativeUiEn, cooperativeUiId } from './cooperative-ui';
import { salesEn, salesId } from './sales';
import { offlineCaptureEn, offlineCaptureId } from './offline-capture';
import { outboxEn, outboxId } from './outbox';

const id = {
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
  ...offlineCaptureId,
  ...outboxId,
};

export type MessageKey = keyof typeof id;

const en: Record<MessageKey, string> = {
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
  ...offlineCaptureEn,
  ...outboxEn,
};

/** Bahasa Indonesia is the source; English must have every key (the type checks it). */
export const messages: Record<Language, Record<MessageKey, string>> = { id, en };
