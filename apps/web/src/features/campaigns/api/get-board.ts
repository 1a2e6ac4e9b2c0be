import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { CampaignBoardSchema, type CampaignBoard } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { campaignPartKey, campaignPath } from './keys';

const LIVE_REFRESH_MS = 15_000;

export function getBoard(
  campaignId: string,
  kanwilId: string | undefined,
  signal?: AbortSignal,
): Promise<CampaignBoard> {
  return apiFetch(campaignPath(campaignId, '/board'), CampaignBoardSchema, { query: { kanwilId }, signal });
}

/** The live board: refreshed every 15 s while the page is visible (TanStack pauses hidden tabs). */
export function useBoard(campaignId: string, kanwilId?: string) {
  return useQuery({
    queryKey: campaignPartKey(campaignId, 'board', kanwilId),
    queryFn: ({ signal }) => getBoard(campaignId, kanwilId, signal),
    refetchInterval: LIVE_REFRESH_MS,
    refetchIntervalInBackground: false,
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
}
