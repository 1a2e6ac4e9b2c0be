import { useMutation, useQueryClient } from '@tanstack/react-query';
import { OrderRequestSchema, type OrderRequest, type OrderRequestStatus } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { orderRequestsKey } from './keys';

export type OrderRequestMove = { id: string; status: OrderRequestStatus };

export function updateOrderRequest(move: OrderRequestMove): Promise<OrderRequest> {
  return apiFetch(`/order-requests/${encodeURIComponent(move.id)}`, OrderRequestSchema, { method: 'PATCH', body: { status: move.status } });
}

export function useUpdateOrderRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrderRequest,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orderRequestsKey }),
  });
}
