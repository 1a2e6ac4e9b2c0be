import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PutPricesBody } from '@selaras/contracts';
import { apiSend } from '@/lib/api-client';
import { pricesKey } from './keys';

export function savePrices(unitId: string, body: PutPricesBody): Promise<void> {
  return apiSend(`/units/${unitId}/prices`, { method: 'PUT', body });
}

export function useSavePrices(unitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PutPricesBody) => savePrices(unitId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pricesKey(unitId) }),
  });
}
