import type { Path } from 'react-hook-form';
import type { CreateSiteBody, CreateSiteBodySchema, Site, UpdateSiteBody } from '@selaras/contracts';
import type { z } from 'zod';

export type SiteFormInput = z.input<typeof CreateSiteBodySchema>;
export type PartnerInput = NonNullable<SiteFormInput['partners']>[number];

/** A new site's draft, kept apart per unit when a Kanwil registers for several; an edit's draft per site. */
export function siteDraftKey(campaignId: string, target: { unitId?: string; siteId?: string } = {}): string {
  if (target.siteId) return `campaigns.site.edit.${target.siteId}`;
  return target.unitId ? `campaigns.site.${campaignId}.${target.unitId}` : `campaigns.site.${campaignId}`;
}

/** The form filled with a saved site, to change it. */
export function siteFormValues(site: Site): SiteFormInput {
  return {
    name: site.name,
    geometry: site.geometry,
    landType: site.landType,
    areaHa: site.areaHa,
    planned: site.planned,
    partners: site.partners,
    notes: site.notes ?? '',
  };
}

/** PATCH takes any of the site's fields: the whole checked form is sent, so what is shown is what is stored. */
export function toUpdateBody(values: CreateSiteBody): UpdateSiteBody {
  const { name, geometry, landType, areaHa, planned, partners, notes } = values;
  return { name, geometry, landType, areaHa, planned, partners, notes };
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
