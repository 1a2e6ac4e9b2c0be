import type { UseFormRegisterReturn } from 'react-hook-form';
import { PRODUCT_CATEGORIES } from '@selaras/contracts';
import { SelectField, TextField } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import { categoryLabel } from './labels';

type BasicField =
  'name' | 'brand' | 'category' | 'unitOfSale' | 'priceRupiah' | 'costRupiah' | 'capacityPerWeek' | 'inmatesInvolved';

type ProductBasicFieldsProps = {
  register: (field: BasicField) => UseFormRegisterReturn;
  errorOf: (field: BasicField) => string | undefined;
};

/** What a product is, how it is sold and what it costs: the fields the new-product and details forms share. */
export function ProductBasicFields({ register, errorOf }: ProductBasicFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        label={t('products.form.name')}
        required
        autoComplete="off"
        error={errorOf('name')}
        {...register('name')}
      />
      <TextField label={t('products.form.brand')} autoComplete="off" error={errorOf('brand')} {...register('brand')} />
      <SelectField
        label={t('products.form.category')}
        required
        options={PRODUCT_CATEGORIES.map((c) => ({ value: c, label: t(categoryLabel(c)) }))}
        error={errorOf('category')}
        {...register('category')}
      />
      <TextField
        label={t('products.form.unitOfSale')}
        required
        hint={t('products.form.unitOfSaleHint')}
        autoComplete="off"
        error={errorOf('unitOfSale')}
        {...register('unitOfSale')}
      />
      <TextField
        label={t('products.form.price')}
        inputMode="numeric"
        hint={t('products.form.wholeRupiah')}
        error={errorOf('priceRupiah')}
        {...register('priceRupiah')}
      />
      <TextField
        label={t('products.form.cost')}
        inputMode="numeric"
        hint={t('products.form.wholeRupiah')}
        error={errorOf('costRupiah')}
        {...register('costRupiah')}
      />
      <TextField
        label={t('products.form.capacity')}
        inputMode="numeric"
        error={errorOf('capacityPerWeek')}
        {...register('capacityPerWeek')}
      />
      <TextField
        label={t('products.form.inmatesInvolved')}
        inputMode="numeric"
        error={errorOf('inmatesInvolved')}
        {...register('inmatesInvolved')}
      />
    </>
  );
}
