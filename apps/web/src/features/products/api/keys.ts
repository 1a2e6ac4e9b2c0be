import type { ListProductsQuery } from '@selaras/contracts';

/** Every product query key starts here: one invalidation refreshes lists, pages and the approval queue. */
export const productsKey = ['products'] as const;

export type ProductFilter = Partial<
  Pick<ListProductsQuery, 'stage' | 'category' | 'unitId' | 'q' | 'offset' | 'limit'>
>;

export function productListKey(filter: ProductFilter) {
  return [...productsKey, 'list', filter] as const;
}

export function productKey(productId: string) {
  return [...productsKey, 'detail', productId] as const;
}

export const approvalQueueKey = [...productsKey, 'queue'] as const;

export function productPath(productId: string, rest = ''): string {
  return `/products/${encodeURIComponent(productId)}${rest}`;
}
