import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SaleSchema, type CreateSaleBody, type Sale } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { salesKey } from './keys';

/** The body's clientId makes a retry return the sale already recorded instead of a second one. */
export function recordSale(body: CreateSaleBody): Promise<Sale> {
  return apiFetch('/sales', SaleSchema, { method: 'POST', body });
}

export function useRecordSale() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: recordSale, onSuccess: () => queryClient.invalidateQueries({ queryKey: salesKey }) });
}
