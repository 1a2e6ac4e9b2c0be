import { useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { PERMIT_KINDS, type CreatePermitBody, type Permit, type Product } from '@selaras/contracts';
import { Button, Card, cx, SelectField, TextField } from '@/components/ui';
import { formatDate } from '@/lib/format';
import { resolverOptions } from '@/lib/forms';
import { useI18n } from '@/lib/i18n/i18n';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useSaveFeedback } from '@/lib/use-save-feedback';
import { useAddPermit, useRemovePermit } from '../api/permits';
import { BADGE, PERMIT_BADGE, permitKindLabel } from './labels';

const PermitFormSchema = z.object({
  kind: z.enum(PERMIT_KINDS),
  number: z.string().trim().min(3).max(100),
  issuedOn: z.iso.date(),
  expiresOn: z.union([z.iso.date(), z.literal('')]),
});
type PermitFormValues = z.input<typeof PermitFormSchema>;
const EMPTY: PermitFormValues = { kind: 'pirt', number: '', issuedOn: '', expiresOn: '' };
const SERVER_FIELDS: Path<PermitFormValues>[] = ['kind', 'number', 'issuedOn', 'expiresOn'];

function PermitStatus({ permit }: { permit: Permit }) {
  const { t, lang } = useI18n();
  const days = permit.daysLeft ?? 0;
  const text =
    permit.status === 'kedaluwarsa'
      ? t('products.permits.expired')
      : permit.status === 'segera_berakhir'
        ? days === 0
          ? t('products.permits.expiresToday')
          : t('products.permits.expiresIn', { days })
        : t('products.permits.valid');
  return (
    <span className="flex flex-wrap items-center gap-2">
      <span className={cx(BADGE, PERMIT_BADGE[permit.status])}>{text}</span>
      <span className="text-sm text-slate-600">
        {permit.expiresOn
          ? t('products.permits.until', { date: formatDate(permit.expiresOn, lang) })
          : t('products.permits.noExpiry')}
      </span>
    </span>
  );
}

function AddPermitForm({ productId }: { productId: string }) {
  const { t } = useI18n();
  const add = useAddPermit(productId);
  const draftKey = `product-permit-${productId}`;
  const [defaults] = useState(() => loadDraft(draftKey, EMPTY));
  const form = useForm<PermitFormValues>({
    resolver: zodResolver(PermitFormSchema, resolverOptions),
    defaultValues: defaults,
  });
  useFormDraft(form, draftKey);
  const { errors } = form.formState;
  const { say, attempt, notices } = useSaveFeedback(form.setError);

  const onSubmit = form.handleSubmit((values) =>
    attempt(async () => {
      const body: CreatePermitBody = { ...values, expiresOn: values.expiresOn === '' ? null : values.expiresOn };
      await add.mutateAsync(body);
      clearDraft(draftKey);
      form.reset(EMPTY);
    }, SERVER_FIELDS),
  );

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={t('products.permits.add')}
      className="mt-4 flex flex-col gap-3 border-t border-slate-200 pt-4"
    >
      {notices(t('products.page.saved'))}
      <div className="grid min-w-0 grid-cols-1 gap-3 sm:grid-cols-2">
        <SelectField
          label={t('products.permits.kind')}
          required
          options={PERMIT_KINDS.map((k) => ({ value: k, label: t(permitKindLabel(k)) }))}
          error={say(errors.kind?.message)}
          {...form.register('kind')}
        />
        <TextField
          label={t('products.permits.number')}
          required
          autoComplete="off"
          error={say(errors.number?.message)}
          {...form.register('number')}
        />
        <TextField
          type="date"
          label={t('products.permits.issuedOn')}
          required
          error={say(errors.issuedOn?.message)}
          {...form.register('issuedOn')}
        />
        <TextField
          type="date"
          label={t('products.permits.expiresOn')}
          hint={t('products.permits.expiresOnHint')}
          error={say(errors.expiresOn?.message)}
          {...form.register('expiresOn')}
        />
      </div>
      <div>
        <Button type="submit" busy={add.isPending} className="w-full sm:w-auto">
          {t('products.permits.add')}
        </Button>
      </div>
    </form>
  );
}

/** The product's permits with how long each still holds, and (for those who manage it) adding and removing them. */
export function PermitsSection({ product }: { product: Product }) {
  const { t, lang } = useI18n();
  const remove = useRemovePermit(product.id);
  const canEdit = product.abilities.edit;
  return (
    <Card title={t('products.permits.title')}>
      {product.permits.length === 0 ? (
        <p className="text-slate-600">{t('products.permits.empty')}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-200">
          {product.permits.map((permit) => (
            <li key={permit.id} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <p className="font-medium break-words text-navy-900">
                  {t(permitKindLabel(permit.kind))} · {permit.number}
                </p>
                <p className="text-sm text-slate-600">
                  {t('products.permits.issuedOn')}: {formatDate(permit.issuedOn, lang)}
                </p>
                <PermitStatus permit={permit} />
              </div>
              {canEdit && (
                <Button
                  variant="danger"
                  size="sm"
                  busy={remove.isPending && remove.variables === permit.id}
                  onClick={() => remove.mutate(permit.id)}
                >
                  {t('products.permits.remove', { number: permit.number })}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && <AddPermitForm productId={product.id} />}
    </Card>
  );
}
