import { Link } from '@tanstack/react-router';
import { Alert, PageHeader, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useSaleOptions } from '../api/get-sale-options';
import { SaleForm } from '../components/sale-form';

export function NewSalePage() {
  const { t } = useI18n();
  useDocumentTitle(t('sales.form.title'));
  const options = useSaleOptions();
  return (
    <>
      <PageHeader
        eyebrow={
          <Link to="/penjualan" className="focus-ring underline">
            {t('sales.title')}
          </Link>
        }
        title={t('sales.form.title')}
        description={options.data ? t('sales.form.description', { unit: options.data.unitName }) : undefined}
      />
      {options.isPending && <Spinner />}
      {options.isError && <Alert tone="error">{describeError(options.error, t)}</Alert>}
      {options.data && <SaleForm options={options.data} />}
    </>
  );
}
