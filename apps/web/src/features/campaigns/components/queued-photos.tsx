import { useEffect, useState } from 'react';
import type { Site } from '@selaras/contracts';
import { OutboxItemStatus } from '@/components/outbox-item-status';
import { useI18n } from '@/lib/i18n/i18n';
import type { OutboxItem } from '@/lib/outbox/outbox-types';
import { useQueuedSitePhotos } from '../api/queue-site-photo';

/** A local address for a photo kept on the device, released when the preview goes away. */
function useObjectUrl(blob: Blob | undefined): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!blob) return undefined;
    const made = URL.createObjectURL(blob);
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [blob]);
  return url;
}

function QueuedPhoto({ item, site }: { item: OutboxItem; site: Site }) {
  const { t } = useI18n();
  const preview = useObjectUrl(item.files?.[0]?.blob);
  return (
    <figure className="flex min-w-0 flex-col gap-2 rounded-md border border-dashed border-amber-400 p-2">
      {preview && (
        <img
          src={preview}
          alt={t('capture.photo.previewAlt', { site: site.name })}
          className="aspect-[4/3] w-full rounded object-cover opacity-80"
        />
      )}
      <figcaption className="flex flex-col gap-1 text-xs">
        <span className="self-start rounded bg-amber-100 px-2 py-0.5 font-medium text-amber-950">
          {t('capture.photo.waiting')}
        </span>
        <OutboxItemStatus item={item} />
      </figcaption>
    </figure>
  );
}

type Props = { campaignId: string; site: Site; monitoringWindow?: number };

/** Photos taken without a signal: shown from the device with where each stands until the server has them. */
export function QueuedPhotos({ campaignId, site, monitoringWindow }: Props) {
  const { t } = useI18n();
  const items = useQueuedSitePhotos(campaignId, site.id, monitoringWindow);
  if (items.length === 0) return null;
  return (
    <ul aria-label={t('capture.photo.waiting')} className="grid grid-cols-1 gap-3 min-[420px]:grid-cols-2 lg:grid-cols-3">
      {items.map((item) => (
        <li key={item.id}>
          <QueuedPhoto item={item} site={site} />
        </li>
      ))}
    </ul>
  );
}
