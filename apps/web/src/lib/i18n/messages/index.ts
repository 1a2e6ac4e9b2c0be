import type { Language } from '../../format';
import { accountEn, accountId } from './account';
import { assignmentsEn, assignmentsId } from './assignments';
import { auditEn, auditId } from './audit';
import { commonEn, commonId } from './common';
import { directivesEn, directivesId } from './directives';
import { domainEn, domainId } from './domain';
import { overviewEn, overviewId } from './overview';
import { unitsEn, unitsId } from './units';
import { usersEn, usersId } from './users';

const id = {
  ...commonId,
  ...domainId,
  ...accountId,
  ...unitsId,
  ...usersId,
  ...auditId,
  ...directivesId,
  ...assignmentsId,
  ...overviewId,
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
  ...assignmentsEn,
  ...overviewEn,
};

/** Bahasa Indonesia is the source; English must have every key (the type checks it). */
export const messages: Record<Language, Record<MessageKey, string>> = { id, en };
