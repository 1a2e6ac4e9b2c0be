import { getRouteApi, Link } from '@tanstack/react-router';
import { z } from 'zod';
import type { CatalogueItem } from '@selaras/contracts';
import { Alert, Card, Spinner } from '@/components/ui';
import { isApiError } from '@/lib/api-client';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { photoSrc, useCatalogueItem } from '../api/get-catalogue-item';
import { categoryLabel, formatRupiah, shortKanwilName, stageLabel } from '../components/labels';
import { OrderForm } from '../components/order-form';
import { PublicShell } from '../components/public-shell';

const routeApi = getRouteApi('/katalog/$productId');
const IdSchema = z.uuid();

function Photos({ item }: { item: CatalogueItem }) {
  const { t } = useI18n();
  if (item.photoUrls.length === 0) return null;
  return (
    <ul className="grid grid-cols-1 gap-3 min-[480px]:grid-cols-2">
      {item.photoUrls.map((url, i) => (
        <li key={url}>
          <img src={photoSrc(url)} alt={t('catalogue.photoAltN', { name: item.name, n: String(i + 1) })} width={800} height={600} loading={i === 0 ? 'eager' : 'lazy'} decoding="async" className="aspect-[4/3] w-full rounded-md bg-slate-100 object-cover" />
        </li>
      ))}
    </ul>
  );
}

function Facts({ item }: { item: CatalogueItem }) {
  const { t, lang } = useI18n();
  const rows: [string, string][] = [
    [t('catalogue.price'), item.priceRupiah === null ? t('catalogue.priceOnRequest') : `${formatRupiah(item.priceRupiah, lang)} / ${item.unitOfSale}`],
    [t('catalogue.category'), t(categoryLabel(item.category))],
    [t('catalogue.madeBy'), item.unitName],
    [t('catalogue.place'), [item.city, item.province].filter(Boolean).join(', ') || '–'],
    [t('catalogue.kanwil'), item.kanwilName ? shortKanwilName(item.kanwilName) : '–'],
    [t('catalogue.cooperative'), item.howToOrder.cooperativeName ?? t('catalogue.noCooperative')],
  ];
  return (
    <Card title={t('catalogue.details')}>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="font-medium break-words text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

/** One product of the catalogue: photos, price, the unit and its cooperative, and the order form. */
export function CatalogueItemPage() {
  const { t } = useI18n();
  const { productId } = routeApi.useParams();
  const validId = IdSchema.safeParse(productId).success;
  const product = useCatalogueItem(productId, validId);
  useDocumentTitle(product.data?.name ?? t('catalogue.pageTitle'));
  const notFound = !validId || isApiError(product.error, 404);
  const item = product.data;

  return (
    <PublicShell>
      <p className="mb-3">
        <Link to="/katalog" className="focus-ring rounded text-sm text-navy-800 underline">
          {t('catalogue.back')}
        </Link>
      </p>
      {notFound && <Alert tone="info" title={t('catalogue.notFound')} />}
      {!notFound && product.isError && <Alert tone="error">{describeError(product.error, t)}</Alert>}
      {!notFound && product.isPending && <Spinner />}
      {item && (
        <div className="flex flex-col gap-5">
          <div>
            <p className="text-sm font-medium text-teal-800">{t(stageLabel(item.stage))}</p>
            <h1 className="text-2xl font-semibold text-balance text-navy-900 sm:text-3xl">{item.name}</h1>
            {item.brand && <p className="text-slate-700">{t('catalogue.brandName', { brand: item.brand })}</p>}
          </div>
          <div className="grid min-w-0 grid-cols-1 gap-5 lg:grid-cols-2">
            <div className="flex min-w-0 flex-col gap-4">
              <Photos item={item} />
              <p className="text-slate-800">{item.description}</p>
              <Facts item={item} />
            </div>
            <div className="min-w-0">
              <OrderForm productId={item.id} productName={item.name} unitOfSale={item.unitOfSale} cooperativeName={item.howToOrder.cooperativeName} />
            </div>
          </div>
        </div>
      )}
    </PublicShell>
  );
}
