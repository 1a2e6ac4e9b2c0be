import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { CataloguePageSchema, type CataloguePage } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { catalogueListKey, type CatalogueFilter } from './keys';

/** The public catalogue: no sign-in, market-ready products only. */
export function listCatalogue(filter: CatalogueFilter, signal?: AbortSignal): Promise<CataloguePage> {
  return apiFetch('/public/catalogue', CataloguePageSchema, { query: { ...filter }, signal });
}

export function useCatalogue(filter: CatalogueFilter) {
  return useQuery({
    queryKey: catalogueListKey(filter),
    queryFn: ({ signal }) => listCatalogue(filter, signal),
    placeholderData: keepPreviousData,
  });
}
