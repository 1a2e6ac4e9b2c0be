import { useQuery } from '@tanstack/react-query';
import { AssignmentPageSchema } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { campaignPartKey } from './keys';

/** The caller's own follow-up of the campaign directive, whose page shows a verifier's reason for returning it. */
export function useOwnAssignment(campaignId: string, directiveId: string, enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: campaignPartKey(campaignId, 'own-assignment', directiveId),
    queryFn: async ({ signal }) => {
      const page = await apiFetch('/assignments', AssignmentPageSchema, {
        query: { directiveId, role: 'follow_up', limit: 1 },
        signal,
      });
      return page.items[0] ?? null;
    },
  });
}
