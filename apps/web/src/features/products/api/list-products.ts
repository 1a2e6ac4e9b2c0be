import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ProductPageSchema, type ProductPage } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { productListKey, type ProductFilter } from './keys';

export function listProducts(filter: ProductFilter, signal?: AbortSignal): Promise<ProductPage> {
  return apiFetch('/products', ProductPageSchema, { query: { ...filter }, signal });
}

export function useProductList(filter: ProductFilter) {
  return useQuery({
    queryKey: productListKey(filter),
    queryFn: ({ signal }) => listProducts(filter, signal),
    placeholderData: keepPreviousData,
  });
}
