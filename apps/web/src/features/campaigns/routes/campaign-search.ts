import { z } from 'zod';

export const CAMPAIGN_TABS = ['papan', 'alokasi', 'lokasi', 'kesiapan', 'verifikasi', 'pemantauan'] as const;
export type CampaignTab = (typeof CAMPAIGN_TABS)[number];

export const CampaignSearchSchema = z.object({
  tab: z.enum(CAMPAIGN_TABS).optional().catch(undefined),
  /** The UPT a Kanwil works for: kept in the address so a reload or another section keeps it. */
  unit: z.uuid().optional().catch(undefined),
});
