import { getRouteApi, Link } from '@tanstack/react-router';
import { PRODUCT_STAGES } from '@selaras/contracts';
import { Alert, buttonClasses, Card, PageHeader, Pagination, SelectField, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { hasPermission, useMe } from '@/lib/me';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useProductList } from '../api/list-products';
import { ProductCards } from '../components/product-cards';
import { stageLabel } from '../components/labels';
import type { ProductsSearch } from './products-search';

const routeApi = getRouteApi('/app/produk');
const PAGE_SIZE = 24;

/** The products of the caller's area, as cards, filtered by stage. */
export function ProductsPage() {
  const { t } = useI18n();
  const me = useMe();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  useDocumentTitle(t('nav.products'));
  const offset = search.offset ?? 0;
  const products = useProductList({ stage: search.stage, offset, limit: PAGE_SIZE });

  function onSearch(next: ProductsSearch) {
    void navigate({ search: next });
  }

  return (
    <>
      <PageHeader
        title={t('products.list.title')}
        description={t('products.list.description')}
        actions={
          products.data?.abilities.create && (
            <Link to="/produk/baru" className={buttonClasses('primary')}>
              {t('products.list.create')}
            </Link>
          )
        }
      />
      {hasPermission(me, 'products:approve') && (
        <nav aria-label={t('products.list.approvals')} className="mb-4 flex flex-wrap gap-2">
          <Link to="/produk/persetujuan" className={buttonClasses('secondary')}>
            {t('products.list.approvals')}
          </Link>
        </nav>
      )}
      <Card title={t('products.list.heading')}>
        <div className="mb-4 grid grid-cols-1 gap-3 sm:grid-cols-2">
          <SelectField
            label={t('products.list.filterStage')}
            placeholder={t('products.list.allStages')}
            options={PRODUCT_STAGES.map((stage) => ({ value: stage, label: t(stageLabel(stage)) }))}
            value={search.stage ?? ''}
            onChange={(e) =>
              onSearch({ stage: e.target.value === '' ? undefined : (e.target.value as ProductsSearch['stage']) })
            }
          />
        </div>
        <div aria-busy={products.isFetching}>
          {products.isPending && <Spinner />}
          {products.isError && <Alert tone="error">{describeError(products.error, t)}</Alert>}
          {products.data && (
            <>
              <ProductCards products={products.data.items} />
              <Pagination
                total={products.data.total}
                limit={PAGE_SIZE}
                offset={offset}
                onChange={(next) => onSearch({ ...search, offset: next })}
              />
            </>
          )}
        </div>
      </Card>
    </>
  );
}
