import type { Site } from '@selaras/contracts';
import { useI18n } from '@/lib/i18n/i18n';
import { useQueuedSitePhotos } from '../api/queue-site-photo';
import { QueuedPhotos } from './queued-photos';
import { PhotoGrid, PhotoUploader } from './site-photos';

type Props = { campaignId: string; site: Site; window: number; label: string };

/** The photos of one monitoring check of a site, with what the server flagged; sent with that window's report. */
export function MonitoringPhotos({ campaignId, site, window, label }: Props) {
  const { t } = useI18n();
  const photos = site.photos.filter((photo) => photo.phase === 'pemantauan' && photo.monitoringWindow === window);
  const heading = t('campaigns.monitor.photos', { window: label });
  const waiting = useQueuedSitePhotos(campaignId, site.id, window).length;
  return (
    <section className="flex flex-col gap-2" aria-label={heading}>
      <h4 className="text-sm font-semibold text-navy-900">{heading}</h4>
      <PhotoGrid
        campaignId={campaignId}
        site={site}
        photos={photos}
        canChange={site.abilities.monitor}
        empty={waiting > 0 ? null : t('campaigns.monitor.photosNone')}
      />
      <QueuedPhotos campaignId={campaignId} site={site} monitoringWindow={window} />
      {site.abilities.monitor && (
        <PhotoUploader
          campaignId={campaignId}
          site={site}
          label={t('campaigns.monitor.addPhoto', { window: label })}
          hint={t('campaigns.monitor.photoHint')}
          monitoringWindow={window}
        />
      )}
    </section>
  );
}
