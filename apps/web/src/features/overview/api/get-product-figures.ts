import { useQuery } from '@tanstack/react-query';
import { ProductFiguresSchema, type ProductFigures } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';

export const productFiguresKey = ['product-figures'] as const;

/** Flagship products and the cooperative over the caller's subtree this year (WIB). */
export function getProductFigures(signal?: AbortSignal): Promise<ProductFigures> {
  return apiFetch('/product-figures', ProductFiguresSchema, { signal });
}

export function useProductFigures(enabled: boolean) {
  return useQuery({ queryKey: productFiguresKey, queryFn: ({ signal }) => getProductFigures(signal), enabled });
}
