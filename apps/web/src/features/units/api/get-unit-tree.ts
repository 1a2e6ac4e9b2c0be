import { useQuery } from '@tanstack/react-query';
import { UnitTreeSchema, type UnitTreeNode } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { unitsKey } from './keys';

export const unitTreeKey = [...unitsKey, 'tree'] as const;

export async function getUnitTree(signal?: AbortSignal): Promise<UnitTreeNode[]> {
  const tree = await apiFetch('/units/tree', UnitTreeSchema, { signal });
  return tree.roots;
}

export function useUnitTree() {
  return useQuery({ queryKey: unitTreeKey, queryFn: ({ signal }) => getUnitTree(signal), staleTime: 5 * 60_000 });
}
