import type { Db } from '../../platform/db/index.js';
import type { Notify } from '../../platform/notify/notify.js';
import { resolveRecipients } from './notifications.recipients.js';

export type Amendment = { directiveId: string; title: string; versionNo: number; reason: string; unitIds: string[] };

/** Tells the units still following a directive up that it changed, in the amendment's own transaction. */
export function createAmendmentNotifier(deps: { notify: Notify }) {
  return async (tx: Db, a: Amendment): Promise<void> => {
    const recipients = await resolveRecipients(tx, { unitIds: a.unitIds, permission: 'reports:submit' });
    await deps.notify(tx, {
      kind: 'directive_amended',
      title: `Arahan diubah: ${a.title}`,
      body: `Perubahan ke-${a.versionNo - 1}. Alasan: ${a.reason}`,
      link: `/directives/${a.directiveId}`,
      dedupeKey: `amended:${a.directiveId}:${a.versionNo}`,
      recipients,
    });
  };
}
