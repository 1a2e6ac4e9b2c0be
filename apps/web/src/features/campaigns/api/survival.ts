import { useQuery } from '@tanstack/react-query';
import { SurvivalSchema } from '@selaras/contracts';
import type { z } from 'zod';
import { apiFetch } from '@/lib/api-client';
import { campaignPartKey, campaignPath } from './keys';

export type Survival = z.infer<typeof SurvivalSchema>;
export type SurvivalFigures = Survival['national'][number];

export function useSurvival(campaignId: string) {
  return useQuery({
    queryKey: campaignPartKey(campaignId, 'survival'),
    queryFn: ({ signal }) => apiFetch(campaignPath(campaignId, '/survival'), SurvivalSchema, { signal }),
  });
}
