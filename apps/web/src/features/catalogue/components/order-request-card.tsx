import type { OrderRequest, OrderRequestStatus } from '@selaras/contracts';
import { Button } from '@/components/ui';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import { statusLabel } from './labels';

const MOVE_LABEL: Record<OrderRequestStatus, MessageKey> = {
  baru: 'orders.move.baru',
  dihubungi: 'orders.move.dihubungi',
  selesai: 'orders.move.selesai',
  ditolak: 'orders.move.ditolak',
};

const STATUS_TONE: Record<OrderRequestStatus, string> = {
  baru: 'bg-amber-100 text-amber-900',
  dihubungi: 'bg-navy-100 text-navy-900',
  selesai: 'bg-teal-100 text-teal-900',
  ditolak: 'bg-slate-200 text-slate-800',
};

function contactHref(contact: string): string {
  return contact.includes('@') ? `mailto:${contact}` : `tel:${contact.replace(/[^\d+]/g, '')}`;
}

type Props = { request: OrderRequest; busy: boolean; onMove: (status: OrderRequestStatus) => void };

/** One incoming order request: what, how many, who to contact, and the moves this position may make. */
export function OrderRequestCard({ request, busy, onMove }: Props) {
  const { t, lang } = useI18n();
  return (
    <article aria-label={t('orders.cardLabel', { product: request.productName, buyer: request.buyerName })} className="flex min-w-0 flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 className="font-semibold text-navy-900">{request.productName}</h2>
        <span className={`rounded-full px-2 py-0.5 text-sm font-medium ${STATUS_TONE[request.status]}`}>{t(statusLabel(request.status))}</span>
      </div>
      <p className="text-slate-800 tabular-nums">
        {formatNumber(request.quantity, lang, 0)} {request.unitOfSale}
      </p>
      <dl className="grid grid-cols-1 gap-x-3 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-slate-600">{t('orders.buyer')}</dt>
        <dd className="break-words">{request.buyerName}</dd>
        <dt className="text-slate-600">{t('orders.contact')}</dt>
        <dd className="break-all">
          <a className="focus-ring rounded text-navy-800 underline" href={contactHref(request.contact)}>
            {request.contact}
          </a>
        </dd>
        <dt className="text-slate-600">{t('orders.received')}</dt>
        <dd>{formatDateTime(request.createdAt, request.unitTimezone, lang)}</dd>
        <dt className="text-slate-600">{t('orders.unit')}</dt>
        <dd className="break-words">{request.unitName}</dd>
      </dl>
      {request.message && <p className="rounded bg-slate-50 p-2 text-sm break-words text-slate-800">{request.message}</p>}
      {request.abilities.moveTo.length > 0 && (
        <div className="flex flex-wrap gap-2 pt-1">
          {request.abilities.moveTo.map((status) => (
            <Button key={status} size="sm" variant={status === 'ditolak' ? 'secondary' : 'primary'} busy={busy} onClick={() => onMove(status)}>
              {t(MOVE_LABEL[status])}
            </Button>
          ))}
        </div>
      )}
    </article>
  );
}
