import { useMutation } from '@tanstack/react-query';
import { OrderRequestReceiptSchema, type CreateOrderRequestBody, type OrderRequestReceipt } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { cataloguePath } from './keys';

/** Sends a buyer's order request to the unit's cooperative. */
export function sendOrderRequest(productId: string, body: CreateOrderRequestBody): Promise<OrderRequestReceipt> {
  return apiFetch(cataloguePath(productId, '/order-requests'), OrderRequestReceiptSchema, { method: 'POST', body });
}

export function useSendOrderRequest(productId: string) {
  return useMutation({ mutationFn: (body: CreateOrderRequestBody) => sendOrderRequest(productId, body) });
}
