import { useState } from 'react';
import { useNavigate } from '@tanstack/react-router';
import { useFieldArray, useForm, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { CreateBatchBodySchema, WORK_BASES, type CreateBatchBody, type ProductionOptions } from '@selaras/contracts';
import { Alert, Button, Card, SelectField, TextField } from '@/components/ui';
import { toOptionalNumber } from '@/lib/form-values';
import { resolverOptions } from '@/lib/forms';
import { useI18n } from '@/lib/i18n/i18n';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useSaveFeedback } from '@/lib/use-save-feedback';
import { useCreateBatch } from '../api/create-batch';

type BatchInput = z.input<typeof CreateBatchBodySchema>;
const DRAFT_KEY = 'production-batch';
const SERVER_FIELDS: Path<BatchInput>[] = ['productId', 'producedOn', 'quantity', 'workBasis', 'workers'];

/** A batch and who made it: workers are found by registration number or pseudonym among the unit's inmates. */
export function BatchForm({ options }: { options: ProductionOptions }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const create = useCreateBatch();
  const [search, setSearch] = useState('');
  const empty: BatchInput = { productId: options.products[0]?.id ?? '', producedOn: options.today, quantity: 1, workBasis: 'potong', workers: [] };
  const [defaults] = useState(() => loadDraft(DRAFT_KEY, empty));
  const form = useForm<BatchInput, unknown, CreateBatchBody>({ resolver: zodResolver(CreateBatchBodySchema, resolverOptions), defaultValues: defaults });
  useFormDraft(form, DRAFT_KEY);
  const workers = useFieldArray({ control: form.control, name: 'workers' });
  const { errors } = form.formState;
  const { say, attempt, notices } = useSaveFeedback(form.setError);
  const chosen = new Set(form.watch('workers').map((w) => w.inmateId));
  const term = search.trim().toLowerCase();
  const matches = term.length < 2 ? [] : options.inmates.filter((i) => !chosen.has(i.id) && `${i.pseudonym} ${i.registrationNumber}`.toLowerCase().includes(term)).slice(0, 8);
  const labelOf = (id: string) => {
    const inmate = options.inmates.find((i) => i.id === id);
    return inmate ? `${inmate.pseudonym} · ${inmate.registrationNumber}` : id;
  };

  const onSubmit = form.handleSubmit((values) =>
    attempt(async () => {
      await create.mutateAsync(values);
      clearDraft(DRAFT_KEY);
      await navigate({ to: '/produksi' });
    }, SERVER_FIELDS),
  );

  if (options.products.length === 0) return <Alert tone="info">{t('batches.form.noProducts')}</Alert>;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('batches.form.title')} className="flex flex-col gap-4">
      {notices(t('batches.form.saved'))}
      <Card title={t('batches.form.what')}>
        <div className="grid min-w-0 grid-cols-1 gap-3 sm:grid-cols-2">
          <SelectField label={t('batches.product')} required options={options.products.map((p) => ({ value: p.id, label: `${p.name} (${p.unitOfSale})` }))} error={say(errors.productId?.message)} {...form.register('productId')} />
          <TextField type="date" label={t('batches.producedOn')} required error={say(errors.producedOn?.message)} {...form.register('producedOn')} />
          <TextField inputMode="numeric" label={t('batches.quantity')} required error={say(errors.quantity?.message)} {...form.register('quantity', { setValueAs: toOptionalNumber })} />
          <SelectField label={t('batches.workBasis')} required options={WORK_BASES.map((b) => ({ value: b, label: t(`batches.basis.${b}`) }))} {...form.register('workBasis')} />
        </div>
      </Card>
      <Card title={t('batches.form.workers')}>
        <div className="flex flex-col gap-3">
          {workers.fields.map((field, index) => (
            <div key={field.id} className="grid grid-cols-[1fr_7rem] items-end gap-2">
              <p className="min-w-0 pb-2 font-medium break-words">{labelOf(field.inmateId)}</p>
              <TextField
                inputMode="decimal"
                label={t('batches.form.amount')}
                required
                error={say(errors.workers?.[index]?.amount?.message ?? errors.workers?.[index]?.inmateId?.message)}
                {...form.register(`workers.${index}.amount`, { setValueAs: toOptionalNumber })}
              />
              <Button type="button" variant="ghost" size="sm" onClick={() => workers.remove(index)}>
                {t('batches.form.removeWorker', { who: labelOf(field.inmateId) })}
              </Button>
            </div>
          ))}
          {errors.workers?.message && <Alert tone="error">{say(errors.workers.message)}</Alert>}
          <TextField type="search" label={t('batches.form.find')} hint={t('batches.form.findHint')} value={search} onChange={(e) => setSearch(e.target.value)} />
          <ul className="flex flex-col gap-1">
            {matches.map((i) => (
              <li key={i.id}>
                <Button type="button" variant="secondary" size="sm" onClick={() => { workers.append({ inmateId: i.id, amount: 1 }); setSearch(''); }}>
                  {t('batches.form.add', { who: `${i.pseudonym} · ${i.registrationNumber}` })}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      </Card>
      <div>
        <Button type="submit" busy={create.isPending}>
          {t('batches.form.submit')}
        </Button>
      </div>
    </form>
  );
}
