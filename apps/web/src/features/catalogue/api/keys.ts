import type { CatalogueQuery, OrderRequestStatus } from '@selaras/contracts';

/** Every catalogue query key starts here. */
export const catalogueKey = ['catalogue'] as const;
export const orderRequestsKey = ['order-requests'] as const;

export type CatalogueFilter = Partial<CatalogueQuery>;

export function catalogueListKey(filter: CatalogueFilter) {
  return [...catalogueKey, 'list', filter] as const;
}

export function catalogueItemKey(id: string) {
  return [...catalogueKey, 'item', id] as const;
}

export function orderRequestListKey(status: OrderRequestStatus | undefined) {
  return [...orderRequestsKey, 'list', status ?? 'all'] as const;
}

export function cataloguePath(id: string, rest = ''): string {
  return `/public/catalogue/${encodeURIComponent(id)}${rest}`;
}
