import type { ChecklistItem, Product } from '@selaras/contracts';
import { Alert, Button, Card, cx } from '@/components/ui';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useRequestStage } from '../api/stage-requests';
import { checkLabel, stageLabel } from './labels';

/** One requirement with ✓ or ✗, its name and why. */
export function ChecklistItems({ items }: { items: ChecklistItem[] }) {
  const { t } = useI18n();
  return (
    <ul className="flex flex-col gap-2">
      {items.map((item) => {
        const label = checkLabel(item.code);
        return (
          <li key={item.code} className="flex items-start gap-2">
            <span aria-hidden="true" className={cx('mt-0.5 font-bold', item.met ? 'text-teal-700' : 'text-red-700')}>
              {item.met ? '✓' : '✗'}
            </span>
            <span className="min-w-0">
              <span className="font-medium text-navy-900">{label ? t(label) : item.code}</span>
              <span className="sr-only">
                {' '}
                — {item.met ? t('products.checklist.met') : t('products.checklist.unmet')}
              </span>
              <span className="block text-sm break-words text-slate-700">{item.detail}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** The requirements for the next stage, the request button, and where the last request stands. */
export function ChecklistSection({ product }: { product: Product }) {
  const { t, lang } = useI18n();
  const request = useRequestStage(product.id);
  const zone = product.unit.timezone;
  const next = product.nextStage;
  const open = product.openRequest;
  const last = product.lastDecision;
  if (!next) {
    return (
      <Card title={t('products.stage.unggulan')}>
        <p className="text-slate-700">{t('products.checklist.top')}</p>
      </Card>
    );
  }
  const canAsk = product.abilities.edit;
  return (
    <Card title={t('products.checklist.title', { stage: t(stageLabel(next)) })}>
      <div className="flex flex-col gap-4">
        <ChecklistItems items={product.checklist} />
        {open && (
          <Alert tone="info">
            {t('products.checklist.requested', {
              stage: t(stageLabel(open.toStage)),
              date: formatDateTime(open.requestedAt, zone, lang),
            })}
          </Alert>
        )}
        {!open && last?.status === 'dikembalikan' && (
          <Alert tone="warning">
            {t('products.checklist.returned', { stage: t(stageLabel(last.toStage)), reason: last.reason ?? '' })}
          </Alert>
        )}
        {!open && last?.status === 'disetujui' && last.decidedAt && (
          <p className="text-sm text-slate-700">
            {t('products.checklist.approved', {
              stage: t(stageLabel(last.toStage)),
              date: formatDateTime(last.decidedAt, zone, lang),
            })}
          </p>
        )}
        {request.isError && <ProblemAlert error={request.error} />}
        {request.isSuccess && <Alert tone="success">{t('products.checklist.sent')}</Alert>}
        {canAsk && !open && (
          <div className="flex flex-col gap-1">
            <Button
              className="w-full sm:w-auto sm:self-start"
              disabled={!product.abilities.requestAdvance}
              busy={request.isPending}
              aria-describedby={`request-hint-${product.id}`}
              onClick={() => request.mutate(next)}
            >
              {t('products.checklist.request')}
            </Button>
            <p id={`request-hint-${product.id}`} className="text-sm text-slate-600">
              {t('products.checklist.requestHint')}
            </p>
          </div>
        )}
      </div>
    </Card>
  );
}
