import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert, Button, Card, TextareaField, TextField } from '@/components/ui';
import { isApiError } from '@/lib/api-client';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useCreateSplitRule } from '../api/create-split-rule';
import { percentToBasisPoints } from './split-rule-model';

type RuleInput = { pnbp: string; premi: string; capital: string; effectiveFrom: string; basis: string };
const DRAFT_KEY = 'split-rule';
const EMPTY: RuleInput = { pnbp: '50', premi: '35', capital: '15', effectiveFrom: '', basis: '' };

/** A new split rule: three percentages summing to 100, the moment it starts and the source it follows. */
export function SplitRuleForm() {
  const { t } = useI18n();
  const create = useCreateSplitRule();
  const [defaults] = useState(() => loadDraft(DRAFT_KEY, EMPTY));
  const form = useForm<RuleInput>({ defaultValues: defaults });
  useFormDraft(form, DRAFT_KEY);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const values = form.watch();
  const parts = [values.pnbp, values.premi, values.capital].map(percentToBasisPoints);
  const sum = parts.reduce<number>((a, b) => a + (b ?? 0), 0);

  const onSubmit = form.handleSubmit(async (v) => {
    setMessage(null);
    const [pnbpBasisPoints, premiBasisPoints, capitalBasisPoints] = parts;
    if (pnbpBasisPoints == null || premiBasisPoints == null || capitalBasisPoints == null || sum !== 10_000) {
      setMessage({ tone: 'error', text: t('splitRules.form.mustSum') });
      return;
    }
    if (!v.effectiveFrom) {
      setMessage({ tone: 'error', text: t('splitRules.form.needStart') });
      return;
    }
    try {
      await create.mutateAsync({ pnbpBasisPoints, premiBasisPoints, capitalBasisPoints, effectiveFrom: new Date(v.effectiveFrom).toISOString(), basis: v.basis });
      clearDraft(DRAFT_KEY);
      form.reset(EMPTY);
      setMessage({ tone: 'success', text: t('splitRules.form.saved') });
    } catch (error) {
      setMessage({ tone: 'error', text: isApiError(error) ? (error.problem.detail ?? error.problem.title) : describeError(error, t) });
    }
  });

  return (
    <Card title={t('splitRules.form.title')}>
      <form onSubmit={onSubmit} noValidate aria-label={t('splitRules.form.title')} className="flex flex-col gap-3">
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        <div className="grid min-w-0 grid-cols-3 gap-2">
          <TextField inputMode="decimal" label={t('sales.split.pnbp')} required {...form.register('pnbp')} />
          <TextField inputMode="decimal" label={t('sales.split.premi')} required {...form.register('premi')} />
          <TextField inputMode="decimal" label={t('sales.split.capital')} required {...form.register('capital')} />
        </div>
        <p className="text-sm text-slate-700" aria-live="polite">
          {t('splitRules.form.sum', { sum: (sum / 100).toFixed(2) })}
        </p>
        <TextField type="datetime-local" label={t('splitRules.form.start')} hint={t('splitRules.form.startHint')} required {...form.register('effectiveFrom')} />
        <TextareaField label={t('splitRules.form.basis')} hint={t('splitRules.form.basisHint')} rows={3} required {...form.register('basis')} />
        <div>
          <Button type="submit" busy={create.isPending}>
            {t('splitRules.form.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
