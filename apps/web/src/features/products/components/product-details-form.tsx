import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { SALES_CHANNELS, type Product } from '@selaras/contracts';
import { Button, Card, CheckboxField, TextareaField, TextField } from '@/components/ui';
import { resolverOptions } from '@/lib/forms';
import { useI18n } from '@/lib/i18n/i18n';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useSaveFeedback } from '@/lib/use-save-feedback';
import { useUpdateProduct } from '../api/update-product';
import { channelLabel } from './labels';
import {
  EDIT_SERVER_FIELDS,
  fromProduct,
  ProductEditSchema,
  toUpdateBody,
  type ProductEditOutput,
  type ProductEditValues,
} from './product-edit-model';
import { ProductBasicFields } from './product-basic-fields';

/** The product's details and readiness facts; unsaved changes survive a reload. */
export function ProductDetailsForm({ product }: { product: Product }) {
  const { t } = useI18n();
  const update = useUpdateProduct(product.id);
  const draftKey = `product-edit-${product.id}`;
  const [defaults] = useState(() => loadDraft(draftKey, fromProduct(product)));
  const form = useForm<ProductEditValues, unknown, ProductEditOutput>({
    resolver: zodResolver(ProductEditSchema, resolverOptions),
    defaultValues: defaults,
  });
  useFormDraft(form, draftKey);
  const { errors } = form.formState;
  const { say, attempt, notices } = useSaveFeedback(form.setError);
  const disabled = !product.abilities.edit;

  const onSubmit = form.handleSubmit((values) =>
    attempt(async () => {
      const saved = await update.mutateAsync(toUpdateBody(values));
      clearDraft(draftKey);
      form.reset(fromProduct(saved));
    }, EDIT_SERVER_FIELDS),
  );

  return (
    <Card title={t('products.page.details')}>
      <form onSubmit={onSubmit} noValidate aria-label={t('products.page.details')} className="flex flex-col gap-4">
        {notices(t('products.page.saved'))}
        <fieldset disabled={disabled} className="grid min-w-0 grid-cols-1 gap-4 sm:grid-cols-2">
          <ProductBasicFields
            register={(field) => form.register(field)}
            errorOf={(field) => say(errors[field]?.message)}
          />
          <TextField
            label={t('products.form.inmatesTrained')}
            inputMode="numeric"
            error={say(errors.inmatesTrained?.message)}
            {...form.register('inmatesTrained')}
          />
          <div className="flex flex-col gap-2 self-end">
            <CheckboxField label={t('products.form.packagingReady')} {...form.register('packagingReady')} />
            <CheckboxField label={t('products.form.labelReady')} {...form.register('labelReady')} />
          </div>
          <fieldset className="flex flex-col gap-2 sm:col-span-2">
            <legend className="mb-1 text-sm font-medium text-slate-800">{t('products.form.channels')}</legend>
            {SALES_CHANNELS.map((channel) => (
              <CheckboxField
                key={channel}
                label={t(channelLabel(channel))}
                value={channel}
                {...form.register('salesChannels')}
              />
            ))}
          </fieldset>
          <TextareaField
            label={t('products.form.description')}
            required
            rows={3}
            error={say(errors.description?.message)}
            fieldClassName="sm:col-span-2"
            {...form.register('description')}
          />
        </fieldset>
        {!disabled && (
          <div>
            <Button type="submit" busy={update.isPending} className="w-full sm:w-auto">
              {t('products.page.save')}
            </Button>
          </div>
        )}
      </form>
    </Card>
  );
}
