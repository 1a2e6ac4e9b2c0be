import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IncidentCategorySchema, type IncidentCategory, type SaveIncidentCategoryBody } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { catalogueKey } from './keys';

/** Adds a category (no id) or changes one. */
export function saveCategory({ id, body }: { id?: string; body: SaveIncidentCategoryBody }): Promise<IncidentCategory> {
  return id
    ? apiFetch(`/incident-catalogue/categories/${id}`, IncidentCategorySchema, { method: 'PUT', body })
    : apiFetch('/incident-catalogue/categories', IncidentCategorySchema, { method: 'POST', body });
}

export function useSaveCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveCategory,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogueKey }),
  });
}
