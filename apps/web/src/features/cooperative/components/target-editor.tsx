import { useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { PutTargetBodySchema, type CooperativeList } from '@selaras/contracts';
import { Button, Card, SelectField, TextField } from '@/components/ui';
import { resolverOptions } from '@/lib/forms';
import { useI18n } from '@/lib/i18n/i18n';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useSaveFeedback } from '@/lib/use-save-feedback';
import { useSetTarget } from '../api/set-target';
import { toRupiah } from './labels';

const TargetFormSchema = PutTargetBodySchema.extend({ unitId: z.uuid('pilih UPT') });
type Input = z.input<typeof TargetFormSchema>;
type Output = z.output<typeof TargetFormSchema>;
const SERVER_FIELDS: Path<Input>[] = ['salesRupiah', 'pnbpRupiah'];
const money = { setValueAs: toRupiah };

/** A leader above the UPTs sets a UPT's yearly sales and PNBP targets. */
export function TargetEditor({ list, year }: { list: CooperativeList; year: number }) {
  const { t } = useI18n();
  const draftKey = `sales-target-${year}`;
  const setTarget = useSetTarget();
  const [defaults] = useState(() => loadDraft<Input>(draftKey, { unitId: '', salesRupiah: 0, pnbpRupiah: 0 }));
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(TargetFormSchema, resolverOptions), defaultValues: defaults });
  useFormDraft(form, draftKey);
  const { errors } = form.formState;
  const { say, attempt, notices } = useSaveFeedback(form.setError);
  const title = t('coop.targets.title', { year });

  const onSubmit = form.handleSubmit((values) =>
    attempt(async () => {
      await setTarget.mutateAsync({ ...values, year });
      clearDraft(draftKey);
    }, SERVER_FIELDS),
  );

  return (
    <Card title={title}>
      <form onSubmit={onSubmit} noValidate aria-label={title} className="flex flex-col gap-3">
        {notices(t('coop.targets.saved'))}
        <div className="grid min-w-0 grid-cols-1 gap-3 sm:grid-cols-3">
          <SelectField
            label={t('coop.units.unit')}
            required
            placeholder="–"
            options={list.items.map((r) => ({ value: r.unitId, label: r.unitName }))}
            error={say(errors.unitId?.message)}
            {...form.register('unitId')}
          />
          <TextField inputMode="numeric" label={t('coop.targets.sales')} required error={say(errors.salesRupiah?.message)} {...form.register('salesRupiah', money)} />
          <TextField inputMode="numeric" label={t('coop.targets.pnbp')} required error={say(errors.pnbpRupiah?.message)} {...form.register('pnbpRupiah', money)} />
        </div>
        <div>
          <Button type="submit" busy={setTarget.isPending}>
            {t('coop.targets.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
