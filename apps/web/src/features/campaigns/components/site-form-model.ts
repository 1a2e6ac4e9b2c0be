import type { Path } from 'react-hook-form';
import type { CreateSiteBodySchema } from '@selaras/contracts';
import type { z } from 'zod';

export type SiteFormInput = z.input<typeof CreateSiteBodySchema>;
export type PartnerInput = NonNullable<SiteFormInput['partners']>[number];

export function siteDraftKey(campaignId: string): string {
  return `campaigns.site.${campaignId}`;
}

export const EMPTY_SITE: Partial<SiteFormInput> = { name: '', landType: 'lahan_upt', partners: [], notes: '' };
export const EMPTY_PARTNER: PartnerInput = { kind: 'pemda', name: '', confirmed: false };

const PARTNER_FIELDS = ['kind', 'name', 'contactName', 'contactPhone', 'confirmed', 'brings'] as const;

/** The field paths a server error may name (`body.partners.0.name` → `partners.0.name`). */
export function siteServerFields(partnerCount: number): Path<SiteFormInput>[] {
  const fields: Path<SiteFormInput>[] = ['name', 'geometry', 'landType', 'areaHa', 'planned', 'partners', 'notes'];
  for (let index = 0; index < partnerCount; index += 1) {
    for (const field of PARTNER_FIELDS) fields.push(`partners.${index}.${field}`);
  }
  return fields;
}
