import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { Alert, Card, PageHeader, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useApprovalQueue } from '../api/stage-requests';
import { ApprovalCard } from '../components/approval-card';

/** The Kanwil's queue of stage requests from its UPTs. */
export function ApprovalsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('products.approvals.title'));
  const queue = useApprovalQueue();
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <Link to="/produk" className="text-sm font-medium text-navy-800 underline">
        {t('products.page.backToList')}
      </Link>
      <PageHeader title={t('products.approvals.title')} description={t('products.approvals.description')} />
      {notice && (
        <Alert tone="success" className="mb-4">
          {notice}
        </Alert>
      )}
      <Card>
        <div aria-busy={queue.isFetching}>
          {queue.isPending && <Spinner />}
          {queue.isError && <Alert tone="error">{describeError(queue.error, t)}</Alert>}
          {queue.data && queue.data.items.length === 0 && (
            <p className="text-slate-600">{t('products.approvals.empty')}</p>
          )}
          {queue.data && queue.data.items.length > 0 && (
            <ul className="grid grid-cols-1 gap-3 xl:grid-cols-2" aria-label={t('products.approvals.title')}>
              {queue.data.items.map((request) => (
                <li key={request.id} className="min-w-0">
                  <ApprovalCard request={request} onDecided={setNotice} />
                </li>
              ))}
            </ul>
          )}
        </div>
      </Card>
    </>
  );
}
