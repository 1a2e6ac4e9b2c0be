import { useSyncExternalStore } from 'react';
import { Alert, Card, PageHeader } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import { useMe } from '@/lib/me';
import { isUnsent, useOutbox, type OutboxItem } from '@/lib/outbox/outbox';
import { useDocumentTitle } from '@/lib/use-document-title';
import { OutboxItemCard } from '../components/outbox-item-card';

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);
}

/** Everything made on this device that has not reached the server yet, and what was sent lately. */
export function OutboxPage() {
  const { t } = useI18n();
  const me = useMe();
  const online = useOnline();
  const outbox = useOutbox();
  useDocumentTitle(t('outbox.title'));
  const zone = me.position.unitTimezone;
  const unsent = outbox.items.filter(isUnsent);
  const sent = outbox.items.filter((item) => !isUnsent(item)).reverse();

  function discard(item: OutboxItem) {
    if (window.confirm(t('outbox.discardConfirm', { label: item.label }))) void outbox.discard(item.id);
  }
  const card = (item: OutboxItem) => (
    <OutboxItemCard key={item.id} item={item} zone={zone} onRetry={(id) => void outbox.retry(id)} onDiscard={discard} />
  );

  return (
    <>
      <PageHeader title={t('outbox.title')} description={t('outbox.description')} />
      <div className="flex flex-col gap-4">
        {!outbox.persistent && <Alert tone="warning">{t('outbox.notPersistent')}</Alert>}
        {outbox.signInNeeded && <Alert tone="warning">{t('outbox.signInNeeded')}</Alert>}
        {!online && unsent.length > 0 && <Alert tone="info">{t('outbox.offline')}</Alert>}
        {unsent.length === 0 ? <p className="text-slate-700">{t('outbox.empty')}</p> : <ul className="flex flex-col gap-3">{unsent.map(card)}</ul>}
        {sent.length > 0 && (
          <Card title={t('outbox.sentList')}>
            <ul className="flex flex-col gap-3">{sent.map(card)}</ul>
          </Card>
        )}
      </div>
    </>
  );
}
