import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Position, Product } from '@selaras/contracts';
import { Alert, Button, SelectField, TextareaField } from '@/components/ui';
import { applyServerErrors, resolverOptions } from '@/lib/forms';
import { localizeContractMessage } from '@/lib/i18n/contract-messages';
import { useI18n } from '@/lib/i18n/i18n';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useCreateProduct } from '../api/create-product';
import { useProductUnits } from '../api/list-product-units';
import {
  emptyProduct,
  PRODUCT_DRAFT_KEY,
  PRODUCT_SERVER_FIELDS,
  ProductFormSchema,
  toCreateBody,
  type ProductFormOutput,
  type ProductFormValues,
} from './product-form-model';
import { ProductBasicFields } from './product-basic-fields';

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
        <ProductBasicFields
          register={(field) => form.register(field)}
          errorOf={(field) => say(errors[field]?.message)}
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
