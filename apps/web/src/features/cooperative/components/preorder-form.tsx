import { useState } from 'react';
import { useFieldArray, useForm, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { PutPreorderBodySchema, type PreorderHistory, type PreorderWeek, type PutPreorderBody } from '@selaras/contracts';
import { Alert, Button, Card, TextField } from '@/components/ui';
import { toOptionalNumber } from '@/lib/form-values';
import { formatDate, formatDateTime } from '@/lib/format';
import { resolverOptions } from '@/lib/forms';
import { useI18n } from '@/lib/i18n/i18n';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useSaveFeedback } from '@/lib/use-save-feedback';
import { useSendPreorder } from '../api/send-preorder';
import { PoStateBadge } from './state-badge';

type Input = z.input<typeof PutPreorderBodySchema>;
const SERVER_FIELDS: Path<Input>[] = ['items'];
const EMPTY_ITEM = { name: '', quantity: 0, unit: '' };
const numeric = { setValueAs: toOptionalNumber };

type PreorderFormProps = { unitId: string; history: PreorderHistory; weekStart: string; late?: boolean };

/**
 * A week's pre-order to Inkopasindo, item by item: the coming week's, on time when sent before Monday 00:00 local
 * time, or the running week's when none was sent, recorded as late.
 */
export function PreorderForm({ unitId, history, weekStart, late = false }: PreorderFormProps) {
  const { t, lang } = useI18n();
  const week: PreorderWeek | undefined = history.weeks.find((w) => w.weekStart === weekStart);
  const draftKey = `preorder-${unitId}-${weekStart}`;
  const send = useSendPreorder(unitId, weekStart);
  const [defaults] = useState(() => loadDraft<Input>(draftKey, { items: week && week.items.length > 0 ? week.items : [EMPTY_ITEM] }));
  const form = useForm<Input, unknown, PutPreorderBody>({ resolver: zodResolver(PutPreorderBodySchema, resolverOptions), defaultValues: defaults });
  useFormDraft(form, draftKey);
  const rows = useFieldArray({ control: form.control, name: 'items' });
  const { errors } = form.formState;
  const { say, attempt, notices } = useSaveFeedback(form.setError);
  const title = t(late ? 'coop.po.lateTitle' : 'coop.po.formTitle', { week: formatDate(weekStart, lang) });

  const onSubmit = form.handleSubmit((values) =>
    attempt(async () => {
      await send.mutateAsync(values);
      clearDraft(draftKey);
    }, SERVER_FIELDS),
  );

  return (
    <Card title={title}>
      <form onSubmit={onSubmit} noValidate aria-label={title} className="flex flex-col gap-3">
        {late ? (
          <Alert tone="warning">{t('coop.po.lateNotice')}</Alert>
        ) : (
          <p className="text-sm text-slate-600">{t('coop.po.deadline', { week: formatDate(weekStart, lang) })}</p>
        )}
        {week && week.state !== 'tidak_ada' && (
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <PoStateBadge state={week.state} />
            {week.submittedAt && t('coop.po.sentAt', { at: formatDateTime(week.submittedAt, history.timezone, lang) })}
          </p>
        )}
        {notices(t('coop.po.saved'))}
        {errors.items?.message && <Alert tone="error">{say(errors.items.message)}</Alert>}
        <ol className="flex flex-col gap-3">
          {rows.fields.map((field, i) => (
            <li key={field.id} className="grid min-w-0 grid-cols-2 gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
              <TextField label={t('coop.po.item', { n: i + 1 })} required fieldClassName="col-span-2 sm:col-span-1" error={say(errors.items?.[i]?.name?.message)} {...form.register(`items.${i}.name`)} />
              <TextField inputMode="decimal" label={t('coop.po.quantity')} required error={say(errors.items?.[i]?.quantity?.message)} {...form.register(`items.${i}.quantity`, numeric)} />
              <TextField label={t('coop.po.unit')} required error={say(errors.items?.[i]?.unit?.message)} {...form.register(`items.${i}.unit`)} />
              {rows.fields.length > 1 && (
                <Button type="button" variant="ghost" size="sm" className="col-span-2 justify-self-start sm:col-span-1" onClick={() => rows.remove(i)}>
                  {t('coop.po.removeItem', { n: i + 1 })}
                </Button>
              )}
            </li>
          ))}
        </ol>
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="secondary" onClick={() => rows.append(EMPTY_ITEM)}>
            {t('coop.po.addItem')}
          </Button>
          <Button type="submit" busy={send.isPending}>
            {week && week.state !== 'tidak_ada' ? t('coop.po.update') : late ? t('coop.po.submitLate') : t('coop.po.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
