import { useQuery } from '@tanstack/react-query';
import { ProductSchema, type Product } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { productKey, productPath } from './keys';

export function getProduct(productId: string, signal?: AbortSignal): Promise<Product> {
  return apiFetch(productPath(productId), ProductSchema, { signal });
}

export function useProduct(productId: string) {
  return useQuery({ queryKey: productKey(productId), queryFn: ({ signal }) => getProduct(productId, signal) });
}
