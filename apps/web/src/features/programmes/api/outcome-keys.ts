/** Summary queries start here; a certificate saved refreshes the summary without re-reading a name. */
export const outcomeSummaryKey = (inmateId: string, names: boolean) => ['outcome-summary', inmateId, names] as const;
export const outcomeSummaryPrefix = (inmateId: string) => ['outcome-summary', inmateId] as const;

export function inmatePath(inmateId: string, rest = ''): string {
  return `/inmates/${encodeURIComponent(inmateId)}${rest}`;
}

export const communityKey = ['community-activities'] as const;
