import { useState } from 'react';
import { OutboxItemStatus } from '@/components/outbox-item-status';
import { Alert, Button, TextareaField } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { idempotencyKeyFor, settleIdempotencyKey } from '@/lib/idempotency-key';
import { useI18n } from '@/lib/i18n/i18n';
import { isDeviceOffline } from '@/lib/offline/network';
import { useOutboxItem } from '@/lib/outbox/outbox';
import { queueMonitoringReport } from '../api/queue-site-results';
import { useSubmitCampaignReport } from '../api/reports';

type Props = { campaignId: string; window: number; month: number };

/** The unit's report for one monitoring window: its site checks summed, with a short account of the care given. */
export function MonitoringReport({ campaignId, window, month }: Props) {
  const { t } = useI18n();
  const submit = useSubmitCampaignReport(campaignId);
  const [narrative, setNarrative] = useState('');
  const label = t('campaigns.monitor.window', { month });
  const [queuedId, setQueuedId] = useState<string | null>(null);
  const queued = useOutboxItem(queuedId);

  // No signal: the report waits on the device, behind the checks and photos queued before it.
  async function keepOnDevice() {
    const item = await queueMonitoringReport(campaignId, window, narrative.trim(), t('capture.monitorReport.label', { window: label }));
    setNarrative('');
    setQueuedId(item.id);
  }

  async function send() {
    setQueuedId(null);
    if (isDeviceOffline()) return keepOnDevice();
    const scope = `campaign-monitoring:${campaignId}:${window}`;
    const idempotencyKey = idempotencyKeyFor(scope, { narrative, window });
    try {
      await submit.mutateAsync({ narrative: narrative.trim(), idempotencyKey, monitoringWindow: window });
      settleIdempotencyKey(scope);
      setNarrative('');
    } catch (error) {
      settleIdempotencyKey(scope, error);
    }
  }

  return (
    <div className="flex flex-col gap-2">
      <TextareaField
        label={t('campaigns.monitor.narrative', { window: label })}
        rows={2}
        value={narrative}
        onChange={(event) => setNarrative(event.target.value)}
      />
      {submit.isError && <Alert tone="error">{describeError(submit.error, t)}</Alert>}
      {submit.isSuccess && <Alert tone="success">{t('campaigns.monitor.sent')}</Alert>}
      {queuedId && (
        <Alert tone="info" title={t('capture.monitorReport.queued')}>
          <OutboxItemStatus item={queued} />
        </Alert>
      )}
      <div>
        <Button size="sm" disabled={!narrative.trim()} busy={submit.isPending} onClick={() => void send()}>
          {t('campaigns.monitor.submit', { window: label })}
        </Button>
      </div>
    </div>
  );
}
