/** Every campaign query key starts here: one invalidation refreshes the list, the board and the unit's work. */
export const campaignsKey = ['campaigns'] as const;

export function campaignKey(campaignId: string) {
  return [...campaignsKey, 'detail', campaignId] as const;
}

/** Everything below one campaign (board, sites, allocations, readiness, queue, survival). */
export function campaignPartKey(campaignId: string, part: string, ...rest: (string | undefined)[]) {
  return [...campaignsKey, 'part', campaignId, part, ...rest] as const;
}

export function campaignPartsKey(campaignId: string) {
  return [...campaignsKey, 'part', campaignId] as const;
}

export function campaignPath(campaignId: string, rest = ''): string {
  return `/campaigns/${encodeURIComponent(campaignId)}${rest}`;
}
