import { Link } from '@tanstack/react-router';
import type { CatalogueItem } from '@selaras/contracts';
import { useI18n } from '@/lib/i18n/i18n';
import { photoSrc } from '../api/get-catalogue-item';
import { categoryLabel, formatRupiah, shortKanwilName, stageLabel } from './labels';

/** One product in the grid: cover photo (lazy, sized), name, price, unit and where it is made. */
export function ProductCard({ item }: { item: CatalogueItem }) {
  const { t, lang } = useI18n();
  const cover = item.photoUrls[0];
  return (
    <article className="flex h-full min-w-0 flex-col overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
      {cover ? (
        <img src={photoSrc(cover)} alt={t('catalogue.photoAlt', { name: item.name })} width={400} height={300} loading="lazy" decoding="async" className="aspect-[4/3] w-full bg-slate-100 object-cover" />
      ) : (
        <div aria-hidden="true" className="grid aspect-[4/3] w-full place-items-center bg-slate-100 text-3xl font-semibold text-slate-400">
          {item.name.slice(0, 1)}
        </div>
      )}
      <div className="flex flex-1 flex-col gap-1 p-4">
        <p className="text-xs font-medium text-teal-800 uppercase">
          {t(categoryLabel(item.category))} · {t(stageLabel(item.stage))}
        </p>
        <h2 className="text-lg font-semibold text-navy-900">
          <Link to="/katalog/$productId" params={{ productId: item.id }} className="focus-ring rounded hover:underline">
            {item.name}
          </Link>
        </h2>
        <p className="font-semibold text-slate-900 tabular-nums">
          {item.priceRupiah === null ? t('catalogue.priceOnRequest') : `${formatRupiah(item.priceRupiah, lang)} / ${item.unitOfSale}`}
        </p>
        <p className="text-sm text-slate-700">{item.unitName}</p>
        <p className="text-sm text-slate-600">{[item.city, item.kanwilName ? shortKanwilName(item.kanwilName) : null].filter(Boolean).join(' · ')}</p>
      </div>
    </article>
  );
}
