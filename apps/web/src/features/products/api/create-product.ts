import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ProductSchema, type CreateProductBody, type Product } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { productsKey } from './keys';

export function createProduct(body: CreateProductBody): Promise<Product> {
  return apiFetch('/products', ProductSchema, { method: 'POST', body });
}

export function useCreateProduct() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProduct,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: productsKey }),
  });
}
