import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { OrderRequestListSchema, type OrderRequestList, type OrderRequestStatus } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { orderRequestListKey } from './keys';

export function listOrderRequests(status: OrderRequestStatus | undefined, signal?: AbortSignal): Promise<OrderRequestList> {
  return apiFetch('/order-requests', OrderRequestListSchema, { query: { status, limit: 100 }, signal });
}

export function useOrderRequests(status: OrderRequestStatus | undefined) {
  return useQuery({
    queryKey: orderRequestListKey(status),
    queryFn: ({ signal }) => listOrderRequests(status, signal),
    placeholderData: keepPreviousData,
  });
}
