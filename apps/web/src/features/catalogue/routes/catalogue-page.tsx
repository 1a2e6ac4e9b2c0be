import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { PRODUCT_CATEGORIES } from '@selaras/contracts';
import { Alert, Pagination, SelectField, Spinner, TextField } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCatalogue } from '../api/list-catalogue';
import { categoryLabel, shortKanwilName } from '../components/labels';
import { ProductCard } from '../components/product-card';
import { PublicShell } from '../components/public-shell';
import type { CatalogueSearch } from './catalogue-search';

const routeApi = getRouteApi('/katalog');

/** The public catalogue: market-ready and flagship products of every unit, open without signing in. */
export function CataloguePage() {
  const { t, lang } = useI18n();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  useDocumentTitle(t('catalogue.pageTitle'));
  const catalogue = useCatalogue({ category: search.category, kanwilId: search.kanwilId, q: search.q, page: search.page ?? 1 });
  const [text, setText] = useState(search.q ?? '');
  useEffect(() => setText(search.q ?? ''), [search.q]);

  function onSearch(next: CatalogueSearch) {
    void navigate({ search: { ...next, page: undefined } });
  }

  const data = catalogue.data;
  return (
    <PublicShell>
      <p className="text-sm font-medium text-teal-800">{t('catalogue.eyebrow')}</p>
      <h1 className="text-2xl font-semibold text-balance text-navy-900 sm:text-3xl">{t('catalogue.pageTitle')}</h1>
      <p className="mt-1 mb-5 max-w-3xl text-slate-700">{t('catalogue.intro')}</p>
      <form
        role="search"
        aria-label={t('catalogue.filters')}
        className="mb-5 grid grid-cols-1 gap-3 sm:grid-cols-3"
        onSubmit={(e) => {
          e.preventDefault();
          onSearch({ ...search, q: text.trim() === '' ? undefined : text.trim() });
        }}
      >
        <TextField type="search" label={t('catalogue.search')} value={text} onChange={(e) => setText(e.target.value)} onBlur={() => onSearch({ ...search, q: text.trim() === '' ? undefined : text.trim() })} />
        <SelectField
          label={t('catalogue.category')}
          placeholder={t('catalogue.all')}
          options={PRODUCT_CATEGORIES.map((c) => ({ value: c, label: t(categoryLabel(c)) }))}
          value={search.category ?? ''}
          onChange={(e) => onSearch({ ...search, category: e.target.value === '' ? undefined : (e.target.value as CatalogueSearch['category']) })}
        />
        <SelectField
          label={t('catalogue.kanwil')}
          placeholder={t('catalogue.all')}
          options={(data?.kanwil ?? []).map((k) => ({ value: k.id, label: shortKanwilName(k.name) }))}
          value={search.kanwilId ?? ''}
          onChange={(e) => onSearch({ ...search, kanwilId: e.target.value === '' ? undefined : e.target.value })}
        />
      </form>
      {catalogue.isError && <Alert tone="error">{describeError(catalogue.error, t)}</Alert>}
      {catalogue.isPending && <Spinner />}
      {data && (
        <>
          <p className="mb-3 text-sm text-slate-600" aria-live="polite">
            {t('catalogue.count', { count: formatNumber(data.total, lang) })}
          </p>
          {data.items.length === 0 ? (
            <Alert tone="info">{t('catalogue.empty')}</Alert>
          ) : (
            <ul className="grid grid-cols-1 gap-4 min-[480px]:grid-cols-2 lg:grid-cols-3">
              {data.items.map((item) => (
                <li key={item.id} className="min-w-0">
                  <ProductCard item={item} />
                </li>
              ))}
            </ul>
          )}
          <Pagination
            total={data.total}
            limit={data.pageSize}
            offset={(data.page - 1) * data.pageSize}
            onChange={(offset) => void navigate({ search: { ...search, page: Math.floor(offset / data.pageSize) + 1 } })}
          />
        </>
      )}
    </PublicShell>
  );
}
