import type { Campaign, Me } from '@selaras/contracts';

/**
 * Whether the page shows the caller's own unit's work (sites, checklists, monitoring counts). Kanwil and HQ may
 * also register for a UPT, but their own unit takes no part: they see boards, not an empty unit form.
 */
export function worksOnOwnSites(campaign: Campaign, me: Me): boolean {
  return campaign.abilities.registerSites && me.position.unitKind === 'upt';
}

/** A Kanwil that submits reports may do a UPT's work on its behalf (the server's rule: the UPT lies in its region). */
export function worksOnBehalf(campaign: Campaign, me: Me): boolean {
  return campaign.abilities.registerSites && me.position.unitKind === 'kanwil';
}
