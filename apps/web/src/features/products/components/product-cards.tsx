import { Link } from '@tanstack/react-router';
import type { ProductSummary } from '@selaras/contracts';
import { cx } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import { thumbnailUrl } from '../api/photos';
import { BADGE, STAGE_BADGE, categoryLabel, formatRupiah, stageLabel } from './labels';

/** Products as cards with their cover photo: one column on a phone, more on wider screens. */
export function ProductCards({ products }: { products: ProductSummary[] }) {
  const { t, lang } = useI18n();
  if (products.length === 0) return <p className="text-slate-600">{t('products.list.empty')}</p>;
  return (
    <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-3" aria-label={t('products.list.heading')}>
      {products.map((p) => (
        <li key={p.id} className="min-w-0">
          <article className="flex h-full flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-xs">
            {p.coverFileId ? (
              <img
                src={thumbnailUrl(p.coverFileId)}
                alt=""
                className="h-36 w-full rounded object-cover"
                loading="lazy"
              />
            ) : (
              <div className="flex h-36 items-center justify-center rounded bg-slate-100 text-sm text-slate-600">
                {t('products.card.noPhoto')}
              </div>
            )}
            <div className="flex flex-wrap gap-1">
              <span className={cx(BADGE, STAGE_BADGE[p.stage])}>{t(stageLabel(p.stage))}</span>
              {p.archived && (
                <span className={cx(BADGE, 'bg-slate-100 text-slate-700 ring-slate-300')}>
                  {t('products.page.archived')}
                </span>
              )}
            </div>
            <h3 className="text-base font-semibold break-words text-navy-900">
              <Link
                to="/produk/$productId"
                params={{ productId: p.id }}
                className="focus-ring underline-offset-2 hover:underline"
              >
                {p.name}
              </Link>
            </h3>
            <p className="text-sm text-slate-700">
              {t(categoryLabel(p.category))}
              {p.brand && <> · {p.brand}</>}
            </p>
            <p className="text-sm text-slate-600">{p.unit.name}</p>
            <p className="mt-auto text-sm font-medium text-navy-900">
              {p.priceRupiah === null
                ? t('products.card.noPrice')
                : t('products.card.price', { price: formatRupiah(p.priceRupiah, lang), unit: p.unitOfSale })}
            </p>
          </article>
        </li>
      ))}
    </ul>
  );
}
