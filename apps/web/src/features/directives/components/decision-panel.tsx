import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { zodResolver } from '@hookform/resolvers/zod';
import { DecideReportBodySchema, type Assignment, type DecideReportBody, type Report } from '@selaras/contracts';
import { Alert, Button, TextareaField } from '@/components/ui';
import { applyServerErrors, resolverOptions } from '@/lib/forms';
import { localizeContractMessage } from '@/lib/i18n/contract-messages';
import { useI18n } from '@/lib/i18n/i18n';
import { useDecideReport } from '../api/decide-report';

// The "returned" branch of the contract: the only decision with something to type.
const ReturnSchema = DecideReportBodySchema.options[1];
type ReturnBody = z.infer<typeof ReturnSchema>;

type DecisionPanelProps = { assignment: Assignment; report: Report };

/** Verify the latest report, or return it with a reason the unit will read; shown under that report. */
export function DecisionPanel({ assignment, report }: DecisionPanelProps) {
  const { t, lang } = useI18n();
  const decide = useDecideReport();
  const headingId = useId();
  const [returning, setReturning] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<ReturnBody>({
    resolver: zodResolver(ReturnSchema, resolverOptions),
    defaultValues: { decision: 'returned', reason: '' },
  });
  const reasonError = form.formState.errors.reason?.message;

  async function send(body: DecideReportBody) {
    setFailure(null);
    try {
      await decide.mutateAsync({ reportId: report.id, body });
    } catch (error) {
      setFailure(applyServerErrors(error, form.setError, ['reason'], t));
    }
  }

  return (
    <section aria-labelledby={headingId} className="mt-3 border-t border-slate-200 pt-3">
      <h4 id={headingId} className="font-semibold text-navy-900">
        {t('decision.title', { version: report.version })}
      </h4>
      <p className="mt-1 max-w-prose text-sm text-slate-700">{t('decision.explain')}</p>
      {failure && (
        <Alert tone="error" className="mt-3">
          {localizeContractMessage(failure, lang)}
        </Alert>
      )}
      {!returning && (
        <div className="mt-4 flex flex-wrap gap-2">
          {assignment.abilities.verify && (
            <Button busy={decide.isPending} onClick={() => void send({ decision: 'verified' })}>
              {t('decision.verify')}
            </Button>
          )}
          {assignment.abilities.return && (
            <Button variant="danger" disabled={decide.isPending} onClick={() => setReturning(true)}>
              {t('decision.return')}
            </Button>
          )}
        </div>
      )}
      {returning && (
        <form onSubmit={form.handleSubmit(send)} noValidate className="mt-4 flex flex-col gap-3">
          <TextareaField
            label={t('decision.reason')}
            hint={t('decision.reasonHint')}
            required
            autoFocus
            error={reasonError ? localizeContractMessage(reasonError, lang) : undefined}
            {...form.register('reason')}
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="danger" busy={decide.isPending}>
              {t('decision.returnSubmit')}
            </Button>
            <Button variant="ghost" disabled={decide.isPending} onClick={() => setReturning(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
