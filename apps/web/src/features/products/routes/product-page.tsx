import { getRouteApi, Link } from '@tanstack/react-router';
import type { Product } from '@selaras/contracts';
import { Alert, Button, cx, PageHeader, Spinner } from '@/components/ui';
import { ProblemAlert } from '@/components/problem-alert';
import { isApiError } from '@/lib/api-client';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useProduct } from '../api/get-product';
import { useUpdateProduct } from '../api/update-product';
import { ChecklistSection } from '../components/checklist-section';
import { PermitsSection } from '../components/permits-section';
import { PhotosSection } from '../components/photos-section';
import { ProductDetailsForm } from '../components/product-details-form';
import { BADGE, STAGE_BADGE, stageLabel } from '../components/labels';

const routeApi = getRouteApi('/app/produk/$productId');

function ArchiveButton({ product }: { product: Product }) {
  const { t } = useI18n();
  const update = useUpdateProduct(product.id);
  return (
    <div className="flex flex-col gap-2">
      {update.isError && <ProblemAlert error={update.error} />}
      <Button
        variant="danger"
        busy={update.isPending}
        onClick={() => update.mutate({ archived: true })}
        className="w-full sm:w-auto sm:self-start"
      >
        {t('products.page.archive')}
      </Button>
    </div>
  );
}

/** One product: its stage and next-stage checklist, photos, permits and details. */
export function ProductPage() {
  const { t } = useI18n();
  const { productId } = routeApi.useParams();
  const query = useProduct(productId);
  const product = query.data;
  useDocumentTitle(product?.name ?? t('nav.products'));

  return (
    <>
      <Link to="/produk" className="text-sm font-medium text-navy-800 underline">
        {t('products.page.backToList')}
      </Link>
      {query.isPending && <Spinner />}
      {query.isError && (
        <Alert tone="error" className="mt-3">
          {isApiError(query.error, 404) ? t('products.page.notFound') : describeError(query.error, t)}
        </Alert>
      )}
      {product && (
        <div className="mt-3" aria-busy={query.isFetching}>
          <PageHeader title={product.name} description={t('products.page.unit', { unit: product.unit.name })} />
          <p className="mb-4 flex flex-wrap gap-1">
            <span className={cx(BADGE, STAGE_BADGE[product.stage])}>{t(stageLabel(product.stage))}</span>
            {product.archived && (
              <span className={cx(BADGE, 'bg-slate-100 text-slate-700 ring-slate-300')}>
                {t('products.page.archived')}
              </span>
            )}
          </p>
          <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
            <div className="flex min-w-0 flex-col gap-4">
              <ChecklistSection product={product} />
              <PhotosSection product={product} />
              <PermitsSection product={product} />
            </div>
            <div className="flex min-w-0 flex-col gap-4">
              <ProductDetailsForm key={product.id} product={product} />
              {product.abilities.edit && <ArchiveButton product={product} />}
            </div>
          </div>
        </div>
      )}
    </>
  );
}
