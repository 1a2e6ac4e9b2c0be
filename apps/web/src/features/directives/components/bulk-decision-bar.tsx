import { useId, useState } from 'react';
import type { Assignment, BulkDecisionResult } from '@selaras/contracts';
import { Alert, Button, TextareaField } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { localizeContractMessage } from '@/lib/i18n/contract-messages';
import { useI18n } from '@/lib/i18n/i18n';
import { useDecideReports } from '../api/decide-reports';
import { listReports } from '../api/list-reports';
import { shortUnitName } from './labels';

type Outcome = { assignment: Assignment; ok: boolean; message: string };

/** Decides the latest report of each selected assignment; every item's result is shown on its own. */
export function BulkDecisionBar({ selected, onDone }: { selected: Assignment[]; onDone: () => void }) {
  const { t, lang } = useI18n();
  const decide = useDecideReports();
  const headingId = useId();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [outcomes, setOutcomes] = useState<Outcome[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function send(decision: 'verified' | 'returned') {
    setFailure(null);
    try {
      const latest = await Promise.all(
        selected.map(async (a) => ({ assignment: a, report: (await listReports(a.id)).at(-1) })),
      );
      const items = latest.flatMap(({ report }) =>
        report ? [{ reportId: report.id, decision, ...(decision === 'returned' ? { reason } : {}) }] : [],
      );
      const result: BulkDecisionResult = await decide.mutateAsync({ items });
      setOutcomes(
        latest.map(({ assignment, report }) => {
          const item = result.items.find((i) => i.reportId === report?.id);
          const message = item?.ok
            ? t('bulk.ok')
            : (item?.problem?.detail ?? item?.problem?.title ?? t('report.history.empty'));
          return { assignment, ok: item?.ok ?? false, message };
        }),
      );
      setReturning(false);
      onDone();
    } catch (error) {
      setFailure(describeError(error, t));
    }
  }

  const failed = outcomes?.filter((o) => !o.ok).length ?? 0;
  return (
    <section aria-labelledby={headingId} className="mb-4 rounded-md border border-slate-200 bg-slate-50 p-3">
      <h3 id={headingId} className="font-semibold text-navy-900">
        {t('bulk.selected', { count: selected.length })}
      </h3>
      {failure && (
        <Alert tone="error" className="mt-2">
          {failure}
        </Alert>
      )}
      {!returning && (
        <div className="mt-2 flex flex-wrap gap-2">
          <Button busy={decide.isPending} disabled={selected.length === 0} onClick={() => void send('verified')}>
            {t('bulk.verify')}
          </Button>
          <Button
            variant="danger"
            disabled={selected.length === 0 || decide.isPending}
            onClick={() => setReturning(true)}
          >
            {t('bulk.return')}
          </Button>
        </div>
      )}
      {returning && (
        <form
          noValidate
          className="mt-2 flex flex-col gap-3"
          onSubmit={(event) => {
            event.preventDefault();
            void send('returned');
          }}
        >
          <TextareaField
            label={t('bulk.reason')}
            hint={t('decision.reasonHint')}
            required
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="danger" busy={decide.isPending}>
              {t('bulk.return')}
            </Button>
            <Button variant="ghost" onClick={() => setReturning(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      )}
      {outcomes && (
        <div role="status" className="mt-3">
          <p className="font-medium">{t('bulk.resultTitle', { ok: outcomes.length - failed, failed })}</p>
          <ul className="mt-1 flex flex-col gap-1 text-sm">
            {outcomes.map((o) => (
              <li key={o.assignment.id} className={o.ok ? 'text-teal-900' : 'text-red-800'}>
                {shortUnitName(o.assignment.unitName)}: {localizeContractMessage(o.message, lang)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
