import { useMutation, useQueryClient } from '@tanstack/react-query';
import { InmateImportResultSchema, type InmateImportResult } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { inmatesKey } from './keys';

import type { ImportMode } from '@/components/file-import-panel';

/** Sends a CSV/XLSX register: `preview` only compares, `apply` writes (refused while rows have errors). */
export function importInmates(file: File, mode: ImportMode, unitId: string | undefined): Promise<InmateImportResult> {
  const body = new FormData();
  body.append('file', file);
  return apiFetch('/inmates/import', InmateImportResultSchema, { method: 'POST', query: { mode, unitId }, body });
}

export function useImportInmates() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, mode, unitId }: { file: File; mode: ImportMode; unitId?: string }) =>
      importInmates(file, mode, unitId),
    onSuccess: async (result) => {
      if (result.applied) await queryClient.invalidateQueries({ queryKey: inmatesKey });
    },
  });
}
