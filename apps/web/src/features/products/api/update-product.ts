import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ProductSchema, type Product, type UpdateProductBody } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { productKey, productPath, productsKey } from './keys';

export function updateProduct(productId: string, body: UpdateProductBody): Promise<Product> {
  return apiFetch(productPath(productId), ProductSchema, { method: 'PATCH', body });
}

export function useUpdateProduct(productId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProductBody) => updateProduct(productId, body),
    onSuccess: (product) => {
      queryClient.setQueryData(productKey(productId), product);
      return queryClient.invalidateQueries({ queryKey: productsKey });
    },
  });
}
