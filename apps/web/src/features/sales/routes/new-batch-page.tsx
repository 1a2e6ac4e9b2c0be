import { Link } from '@tanstack/react-router';
import { Alert, PageHeader, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useProductionOptions } from '../api/get-production-options';
import { BatchForm } from '../components/batch-form';

export function NewBatchPage() {
  const { t } = useI18n();
  useDocumentTitle(t('batches.form.title'));
  const options = useProductionOptions();
  return (
    <>
      <PageHeader
        eyebrow={
          <Link to="/produksi" className="focus-ring underline">
            {t('batches.title')}
          </Link>
        }
        title={t('batches.form.title')}
        description={options.data?.unitName}
      />
      {options.isPending && <Spinner />}
      {options.isError && <Alert tone="error">{describeError(options.error, t)}</Alert>}
      {options.data && <BatchForm options={options.data} />}
    </>
  );
}
