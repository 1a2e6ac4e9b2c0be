import { useMutation, useQueryClient } from '@tanstack/react-query';
import { UnitImportResultSchema, type UnitImportResult } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { unitsKey } from './keys';

import type { ImportMode } from '@/components/file-import-panel';

/** Sends a CSV/XLSX unit list: `preview` only compares, `apply` writes (and is refused while rows have errors). */
export function importUnits(file: File, mode: ImportMode): Promise<UnitImportResult> {
  const body = new FormData();
  body.append('file', file);
  return apiFetch('/units/import', UnitImportResultSchema, { method: 'POST', query: { mode }, body });
}

export function useImportUnits() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, mode }: { file: File; mode: ImportMode }) => importUnits(file, mode),
    onSuccess: async (result) => {
      if (result.applied) await queryClient.invalidateQueries({ queryKey: unitsKey });
    },
  });
}
