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
