import { Button } from '@/components/ui';
import { useI18n, type Translate } from '@/lib/i18n/i18n';
import { useOutbox } from '@/lib/outbox/outbox';
import type { OutboxItem } from '@/lib/outbox/outbox-types';

function statusText(item: OutboxItem | undefined, t: Translate): string {
  if (!item) return t('capture.status.gone');
  const reason = item.problem?.detail ?? item.problem?.title ?? '';
  if (item.status === 'rejected') return t('capture.status.rejected', { reason });
  if (item.status === 'conflict') return t('capture.status.conflict', { reason });
  return t(`capture.status.${item.status}`);
}

/**
 * Where one queued item stands. A refused one is not sent again as is (the server would give the same answer):
 * the person discards it here and makes it anew.
 */
export function OutboxItemStatus({ item }: { item: OutboxItem | undefined }) {
  const { t } = useI18n();
  const outbox = useOutbox();
  const stuck = item?.status === 'rejected' || item?.status === 'conflict';
  return (
    <div className="flex flex-col gap-2">
      <p className={stuck ? 'text-sm text-red-800' : 'text-sm text-slate-800'}>
        {statusText(item, t)}
      </p>
      {item && stuck && (
        <div>
          <Button size="sm" variant="secondary" onClick={() => void outbox.discard(item.id)}>
            {t('capture.discard')}
          </Button>
        </div>
      )}
    </div>
  );
}
