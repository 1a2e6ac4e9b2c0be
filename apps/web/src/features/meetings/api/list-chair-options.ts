import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { ChairOptionSchema, type ChairOption } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { meetingsKey } from './keys';

/** Leaders' positions in the caller's area, who may chair a meeting. */
export function listChairOptions(signal?: AbortSignal): Promise<ChairOption[]> {
  return apiFetch('/meetings/chair-options', z.array(ChairOptionSchema), { signal });
}

export function useChairOptions() {
  return useQuery({ queryKey: [...meetingsKey, 'chairs'], queryFn: ({ signal }) => listChairOptions(signal), staleTime: 5 * 60_000 });
}
