import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import type { StageRequest } from '@selaras/contracts';
import { Alert, Button, TextareaField } from '@/components/ui';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useMe } from '@/lib/me';
import { useDecideRequest } from '../api/stage-requests';
import { ChecklistItems } from './checklist-section';
import { stageLabel } from './labels';

const MIN_REASON = 10;

/** One waiting request: the product, the move, the checklist as asked, and approve or return with a reason. */
export function ApprovalCard({ request, onDecided }: { request: StageRequest; onDecided: (message: string) => void }) {
  const { t, lang } = useI18n();
  const me = useMe();
  const decide = useDecideRequest();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const name = request.product.name;
  const to = t(stageLabel(request.toStage));

  function approve() {
    decide.mutate(
      { requestId: request.id, decision: { approve: true } },
      { onSuccess: () => onDecided(t('products.approvals.approved', { name, stage: to })) },
    );
  }

  function sendReturn() {
    if (reason.trim().length < MIN_REASON) {
      setReasonError(t('products.approvals.reasonHint'));
      return;
    }
    setReasonError(undefined);
    decide.mutate(
      { requestId: request.id, decision: { reason: reason.trim() } },
      { onSuccess: () => onDecided(t('products.approvals.returnedDone', { name })) },
    );
  }

  return (
    <article className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-xs">
      <h3 className="text-base font-semibold break-words text-navy-900">
        <Link
          to="/produk/$productId"
          params={{ productId: request.product.id }}
          className="focus-ring underline-offset-2 hover:underline"
          aria-label={t('products.approvals.open', { name })}
        >
          {name}
        </Link>
      </h3>
      <p className="text-sm text-slate-700">{request.unit.name}</p>
      <p className="font-medium text-navy-900">
        {t('products.approvals.move', { from: t(stageLabel(request.fromStage)), to })}
      </p>
      <p className="text-sm text-slate-600">
        {t('products.approvals.requestedBy', {
          name: request.requestedBy ?? '-',
          date: formatDateTime(request.requestedAt, me.position.unitTimezone, lang),
        })}
      </p>
      <div>
        <h4 className="mb-2 text-sm font-semibold text-slate-800">{t('products.approvals.checklist')}</h4>
        <ChecklistItems items={request.checklist} />
      </div>
      {decide.isError && <ProblemAlert error={decide.error} />}
      {request.abilities.approve && !returning && (
        <div className="flex flex-wrap gap-2">
          <Button onClick={approve} busy={decide.isPending} className="w-full sm:w-auto">
            {t('products.approvals.approve')}
          </Button>
          <Button variant="secondary" onClick={() => setReturning(true)} className="w-full sm:w-auto">
            {t('products.approvals.return')}
          </Button>
        </div>
      )}
      {request.abilities.approve && returning && (
        <div className="flex flex-col gap-2">
          <TextareaField
            label={t('products.approvals.reason')}
            required
            rows={3}
            hint={t('products.approvals.reasonHint')}
            error={reasonError}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <div className="flex flex-wrap gap-2">
            <Button variant="danger" onClick={sendReturn} busy={decide.isPending} className="w-full sm:w-auto">
              {t('products.approvals.sendReturn')}
            </Button>
            <Button variant="ghost" onClick={() => setReturning(false)} className="w-full sm:w-auto">
              {t('products.approvals.cancel')}
            </Button>
          </div>
        </div>
      )}
      {!request.abilities.approve && (
        <Alert tone="info">
          {t('products.checklist.requested', {
            stage: to,
            date: formatDateTime(request.requestedAt, me.position.unitTimezone, lang),
          })}
        </Alert>
      )}
    </article>
  );
}
