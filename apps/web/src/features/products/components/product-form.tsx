import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { PRODUCT_CATEGORIES, type Position, type Product } from '@selaras/contracts';
import { Alert, Button, SelectField, TextareaField, TextField } from '@/components/ui';
import { applyServerErrors, resolverOptions } from '@/lib/forms';
import { localizeContractMessage } from '@/lib/i18n/contract-messages';
import { useI18n } from '@/lib/i18n/i18n';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useCreateProduct } from '../api/create-product';
import { useProductUnits } from '../api/list-product-units';
import { categoryLabel } from './labels';
import {
  emptyProduct,
  PRODUCT_DRAFT_KEY,
  PRODUCT_SERVER_FIELDS,
  ProductFormSchema,
  toCreateBody,
  type ProductFormOutput,
  type ProductFormValues,
} from './product-form-model';

type ProductFormProps = { position: Position; onCreated: (product: Product) => void };

/** A new product: what it is, how it is sold and what it costs; the draft survives a reload. */
export function ProductForm({ position, onCreated }: ProductFormProps) {
  const { t, lang } = useI18n();
  const create = useCreateProduct();
  const [failure, setFailure] = useState<string | null>(null);
  const forKanwil = position.unitKind !== 'upt';
  const units = useProductUnits(forKanwil);
  const [defaults] = useState(() => loadDraft(PRODUCT_DRAFT_KEY, emptyProduct()));
  const form = useForm<ProductFormValues, unknown, ProductFormOutput>({
    resolver: zodResolver(ProductFormSchema, resolverOptions),
    defaultValues: defaults,
  });
  useFormDraft(form, PRODUCT_DRAFT_KEY);
  const { errors } = form.formState;
  const say = (message?: string) => (message ? localizeContractMessage(message, lang) : undefined);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const product = await create.mutateAsync(toCreateBody(values));
      clearDraft(PRODUCT_DRAFT_KEY);
      onCreated(product);
    } catch (error) {
      setFailure(applyServerErrors(error, form.setError, PRODUCT_SERVER_FIELDS, t));
    }
  });

  function discard() {
    clearDraft(PRODUCT_DRAFT_KEY);
    form.reset(emptyProduct());
    setFailure(null);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('products.form.label')} className="flex flex-col gap-6">
      {failure && <Alert tone="error">{localizeContractMessage(failure, lang)}</Alert>}
      <div className="grid min-w-0 grid-cols-1 gap-4 sm:grid-cols-2">
        {forKanwil && (
          <SelectField
            label={t('products.form.unit')}
            required
            placeholder={t('products.form.chooseUnit')}
            options={(units.data ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
            error={say(errors.unitId?.message)}
            fieldClassName="sm:col-span-2"
            {...form.register('unitId')}
          />
        )}
        <TextField
          label={t('products.form.name')}
          required
          autoComplete="off"
          error={say(errors.name?.message)}
          {...form.register('name')}
        />
        <TextField
          label={t('products.form.brand')}
          autoComplete="off"
          error={say(errors.brand?.message)}
          {...form.register('brand')}
        />
        <SelectField
          label={t('products.form.category')}
          required
          options={PRODUCT_CATEGORIES.map((c) => ({ value: c, label: t(categoryLabel(c)) }))}
          error={say(errors.category?.message)}
          {...form.register('category')}
        />
        <TextField
          label={t('products.form.unitOfSale')}
          required
          hint={t('products.form.unitOfSaleHint')}
          autoComplete="off"
          error={say(errors.unitOfSale?.message)}
          {...form.register('unitOfSale')}
        />
        <TextField
          label={t('products.form.price')}
          inputMode="numeric"
          hint={t('products.form.wholeRupiah')}
          error={say(errors.priceRupiah?.message)}
          {...form.register('priceRupiah')}
        />
        <TextField
          label={t('products.form.cost')}
          inputMode="numeric"
          hint={t('products.form.wholeRupiah')}
          error={say(errors.costRupiah?.message)}
          {...form.register('costRupiah')}
        />
        <TextField
          label={t('products.form.capacity')}
          inputMode="numeric"
          error={say(errors.capacityPerWeek?.message)}
          {...form.register('capacityPerWeek')}
        />
        <TextField
          label={t('products.form.inmatesInvolved')}
          inputMode="numeric"
          error={say(errors.inmatesInvolved?.message)}
          {...form.register('inmatesInvolved')}
        />
      </div>
      <TextareaField
        label={t('products.form.description')}
        required
        rows={3}
        error={say(errors.description?.message)}
        {...form.register('description')}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" busy={create.isPending} className="w-full sm:w-auto">
          {t('products.form.submit')}
        </Button>
        <Button type="button" variant="ghost" onClick={discard} className="w-full sm:w-auto">
          {t('products.form.discard')}
        </Button>
      </div>
    </form>
  );
}
