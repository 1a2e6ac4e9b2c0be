import { useEffect, useRef } from 'react';
import { OutboxItemStatus } from '@/components/outbox-item-status';
import { Alert, Button } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import { useOutboxItem } from '@/lib/outbox/outbox';
import type { OutboxItem } from '@/lib/outbox/outbox-types';
import type { CreatedIncident } from '../api/create-incident';
import { createdFromQueue } from '../api/queue-incident-report';

type Props = {
  itemId: string;
  onCreated: (incident: CreatedIncident) => void;
  onAnother: () => void;
  /** A refused report goes back into the form, with the server's reason. */
  onEdit: (item: OutboxItem) => void;
};

/**
 * A first report waiting on the device: where it stands, and that nothing can be added to it until the
 * server has it (an incident that exists only on this phone has no page, updates or alerts yet).
 */
export function QueuedReport({ itemId, onCreated, onAnother, onEdit }: Props) {
  const { t } = useI18n();
  const item = useOutboxItem(itemId);
  const createdId = createdFromQueue(item)?.id;
  const whenCreated = useRef(onCreated);
  whenCreated.current = onCreated;
  // Delivered while the page is still open: go to the incident the server made.
  useEffect(() => {
    if (createdId) whenCreated.current({ id: createdId });
  }, [createdId]);
  const refused = item?.status === 'rejected' || item?.status === 'conflict' ? item : undefined;
  return (
    <div className="flex flex-col gap-4">
      <Alert tone="info" title={t('capture.incident.queued')}>
        <OutboxItemStatus item={item} />
      </Alert>
      <p className="text-sm text-slate-700">{t('capture.incident.noUpdates')}</p>
      <div className="flex flex-wrap gap-2">
        {refused && <Button onClick={() => onEdit(refused)}>{t('capture.incident.edit')}</Button>}
        <Button variant="secondary" onClick={onAnother}>
          {t('capture.incident.another')}
        </Button>
      </div>
    </div>
  );
}
