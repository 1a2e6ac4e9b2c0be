import { useOutbox, enqueue } from '@/lib/outbox/outbox';
import type { OutboxItem } from '@/lib/outbox/outbox-types';
import { randomUuid } from '@/lib/idempotency-key';
import { compressPhoto } from '@/lib/photos/compress-photo';
import { campaignPath } from './keys';

type QueueInput = {
  siteId: string;
  file: File;
  showsFaces: boolean;
  /** A photo of that monitoring check; an event-day photo when left out. */
  monitoringWindow?: number;
  /** Shown in the outbox list, e.g. "Foto lokasi Lahan SAE". */
  label: string;
};

function sitePhotosPath(campaignId: string, siteId: string): string {
  return campaignPath(campaignId, `/sites/${encodeURIComponent(siteId)}/photos`);
}

function campaignHref(campaignId: string, monitoringWindow?: number): string {
  const tab = monitoringWindow === undefined ? 'lokasi' : 'pemantauan';
  return `/campaigns/${encodeURIComponent(campaignId)}?tab=${tab}`;
}

/**
 * Keeps the photo on the device and queues its attachment: the outbox uploads the file, puts the stored
 * file's id in place of the placeholder and attaches it; the server checks and flags it then.
 */
export async function queueSitePhoto(campaignId: string, input: QueueInput): Promise<OutboxItem> {
  const photo = await compressPhoto(input.file);
  const key = randomUuid();
  const phase =
    input.monitoringWindow === undefined
      ? { phase: 'acara' as const }
      : { phase: 'pemantauan' as const, monitoringWindow: input.monitoringWindow };
  return enqueue({
    kind: 'campaign-photo',
    label: input.label,
    href: campaignHref(campaignId, input.monitoringWindow),
    request: {
      method: 'POST',
      path: sitePhotosPath(campaignId, input.siteId),
      body: { fileId: { $outboxFileId: key }, showsFaces: input.showsFaces, ...phase },
    },
    files: [{ key, blob: photo, name: photo.name }],
  });
}

function windowOf(body: unknown): number | undefined {
  if (typeof body !== 'object' || body === null || !('monitoringWindow' in body)) return undefined;
  return typeof body.monitoringWindow === 'number' ? body.monitoringWindow : undefined;
}

/** This site's photos still on the device (waiting, sending or refused), for the event day or one monitoring check. */
export function useQueuedSitePhotos(campaignId: string, siteId: string, monitoringWindow?: number): OutboxItem[] {
  const { items } = useOutbox();
  const path = sitePhotosPath(campaignId, siteId);
  return items.filter(
    (item) =>
      item.kind === 'campaign-photo' &&
      item.status !== 'sent' &&
      item.request.path === path &&
      windowOf(item.request.body) === monitoringWindow,
  );
}
