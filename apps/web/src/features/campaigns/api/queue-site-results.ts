import { enqueue } from '@/lib/outbox/outbox';
import type { OutboxItem } from '@/lib/outbox/outbox-types';
import { campaignPath } from './keys';

type MetricValues = Record<string, number | boolean | string>;

/** Queues the site's results (a PUT of the whole set: sending it twice leaves the same values). */
export function queueSiteResults(campaignId: string, siteId: string, values: MetricValues, label: string): Promise<OutboxItem> {
  return enqueue({
    kind: 'campaign-results',
    label,
    href: `/campaigns/${encodeURIComponent(campaignId)}?tab=lokasi`,
    request: { method: 'PUT', path: campaignPath(campaignId, `/sites/${encodeURIComponent(siteId)}/results`), body: { values } },
  });
}

/** Queues one monitoring check's survival counts of a site (a PUT: sending it twice leaves the same counts). */
export function queueSiteCheck(
  campaignId: string,
  check: { siteId: string; window: number; body: { alive: number; dead: number; replanted: number } },
  label: string,
): Promise<OutboxItem> {
  return enqueue({
    kind: 'campaign-results',
    label,
    href: `/campaigns/${encodeURIComponent(campaignId)}?tab=pemantauan`,
    request: {
      method: 'PUT',
      path: campaignPath(campaignId, `/sites/${encodeURIComponent(check.siteId)}/checks/${check.window}`),
      body: check.body,
    },
  });
}

/**
 * Queues the unit's report for one monitoring window. The outbox sends in the order things were made, so the
 * checks and photos queued before it reach the server first and are summed into it.
 */
export function queueMonitoringReport(campaignId: string, window: number, narrative: string, label: string): Promise<OutboxItem> {
  return enqueue({
    kind: 'campaign-results',
    label,
    href: `/campaigns/${encodeURIComponent(campaignId)}?tab=pemantauan`,
    request: {
      method: 'POST',
      path: campaignPath(campaignId, '/reports'),
      body: { narrative, phase: 'pemantauan', monitoringWindow: window },
    },
  });
}
