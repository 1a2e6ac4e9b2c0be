import { useQuery } from '@tanstack/react-query';
import { CatalogueItemSchema, type CatalogueItem } from '@selaras/contracts';
import { apiFetch, buildUrl } from '@/lib/api-client';
import { catalogueItemKey, cataloguePath } from './keys';

export function getCatalogueItem(id: string, signal?: AbortSignal): Promise<CatalogueItem> {
  return apiFetch(cataloguePath(id), CatalogueItemSchema, { signal });
}

export function useCatalogueItem(id: string, enabled: boolean) {
  return useQuery({ enabled, queryKey: catalogueItemKey(id), queryFn: ({ signal }) => getCatalogueItem(id, signal) });
}

/** A product photo as the API serves it: re-encoded, without EXIF or GPS. */
export function photoSrc(photoUrl: string): string {
  return buildUrl(photoUrl);
}
