import type { Me } from '@selaras/contracts';

// The addresses the pages ask for (see each feature's api/ folder); the service worker ignores the order of
// query parameters, so these find the same cached answers the pages would.
const API = '/api/v1';
const MAX_CAMPAIGNS = 5;
const MAX_PROGRAMMES = 20;

type WithId = { id: string };
type Campaign = WithId & { directiveId: string };

const path = (...parts: string[]) => parts.map(encodeURIComponent).join('/');

/** What a field officer needs offline, limited to what their permissions allow. */
export function referenceDataUrls(me: Me): string[] {
  const can = (permission: string) => me.permissions.includes(permission);
  const urls = [`${API}/me`];
  if (can('units:read')) urls.push(`${API}/units/${path(me.position.unitId)}`);
  if (can('directives:read')) urls.push(`${API}/assignments?limit=25&offset=0`, `${API}/campaigns`);
  if (can('incidents:report')) urls.push(`${API}/incident-catalogue`);
  if (can('programmes:read')) urls.push(`${API}/programmes`);
  return urls;
}

/** Each recent campaign, its sites and the unit's own follow-up of it. */
export function campaignUrls(campaigns: Campaign[]): string[] {
  return campaigns.slice(0, MAX_CAMPAIGNS).flatMap((c) => [
    `${API}/campaigns/${path(c.id)}`,
    `${API}/campaigns/${path(c.id)}/sites`,
    `${API}/assignments?directiveId=${path(c.directiveId)}&limit=1&role=follow_up`,
  ]);
}

/** The rosters (enrolments) of the programmes the unit runs. */
export function programmeRosterUrls(programmes: WithId[]): string[] {
  return programmes.slice(0, MAX_PROGRAMMES).map((p) => `${API}/programmes/${path(p.id)}/enrolments`);
}
