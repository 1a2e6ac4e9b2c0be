import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PermitSchema, type CreatePermitBody, type Permit } from '@selaras/contracts';
import { apiFetch, apiSend } from '@/lib/api-client';
import { productKey, productPath } from './keys';

export function addPermit(productId: string, body: CreatePermitBody): Promise<Permit> {
  return apiFetch(productPath(productId, '/permits'), PermitSchema, { method: 'POST', body });
}

export function removePermit(productId: string, permitId: string): Promise<void> {
  return apiSend(productPath(productId, `/permits/${encodeURIComponent(permitId)}`), { method: 'DELETE' });
}

export function useAddPermit(productId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePermitBody) => addPermit(productId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: productKey(productId) }),
  });
}

export function useRemovePermit(productId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (permitId: string) => removePermit(productId, permitId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: productKey(productId) }),
  });
}
