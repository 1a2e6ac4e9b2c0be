import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { ORDER_REQUEST_STATUSES, type OrderRequestStatus } from '@selaras/contracts';
import { Alert, PageHeader, SelectField, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useOrderRequests } from '../api/list-order-requests';
import { useUpdateOrderRequest } from '../api/update-order-request';
import { statusLabel } from '../components/labels';
import { OrderRequestCard } from '../components/order-request-card';

const routeApi = getRouteApi('/app/koperasi/pesanan');

/** The cooperative's incoming order requests from the public catalogue, with their status. */
export function OrdersPage() {
  const { t } = useI18n();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  useDocumentTitle(t('orders.title'));
  const requests = useOrderRequests(search.status);
  const update = useUpdateOrderRequest();
  const [moving, setMoving] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function onMove(id: string, status: OrderRequestStatus) {
    setMoving(id);
    setDone(null);
    try {
      const updated = await update.mutateAsync({ id, status });
      setDone(t('orders.moved', { product: updated.productName, status: t(statusLabel(updated.status)) }));
    } finally {
      setMoving(null);
    }
  }

  return (
    <>
      <PageHeader title={t('orders.title')} description={t('orders.description')} />
      <div className="mb-4 max-w-xs">
        <SelectField
          label={t('orders.filterStatus')}
          placeholder={t('orders.all')}
          options={ORDER_REQUEST_STATUSES.map((s) => ({ value: s, label: t(statusLabel(s)) }))}
          value={search.status ?? ''}
          onChange={(e) => void navigate({ search: { status: e.target.value === '' ? undefined : (e.target.value as OrderRequestStatus) } })}
        />
      </div>
      {done && (
        <Alert tone="success" className="mb-3">
          {done}
        </Alert>
      )}
      {update.isError && (
        <Alert tone="error" className="mb-3">
          {describeError(update.error, t)}
        </Alert>
      )}
      {requests.isError && <Alert tone="error">{describeError(requests.error, t)}</Alert>}
      {requests.isPending && <Spinner />}
      {requests.data && requests.data.items.length === 0 && <Alert tone="info">{t('orders.empty')}</Alert>}
      {requests.data && requests.data.items.length > 0 && (
        <ul className="grid grid-cols-1 gap-3 lg:grid-cols-2">
          {requests.data.items.map((r) => (
            <li key={r.id} className="min-w-0">
              <OrderRequestCard request={r} busy={moving === r.id} onMove={(status) => void onMove(r.id, status)} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
