import { useId, useRef, useState } from 'react';
import type { CampaignPhoto, Site } from '@selaras/contracts';
import { Alert, Button, CheckboxField } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { failedWithoutAnswer, isDeviceOffline } from '@/lib/offline/network';
import { fileUrl, thumbnailUrl, useAddSitePhoto, useRemovePhoto, useSetPhotoFaces } from '../api/photos';
import { queueSitePhoto, useQueuedSitePhotos } from '../api/queue-site-photo';
import { QueuedPhotos } from './queued-photos';
import { FlagBadge } from './status-badge';

export function PhotoFlags({ photo }: { photo: CampaignPhoto }) {
  const { t } = useI18n();
  if (photo.flags.length === 0) return <p className="text-xs text-teal-800">{t('campaigns.photo.noFlags')}</p>;
  return (
    <ul aria-label={t('campaigns.photo.flags')} className="flex flex-col gap-1">
      {photo.flags.map((flag) => (
        <li key={flag.code} className="flex flex-col items-start gap-0.5 text-xs">
          <FlagBadge>{t(`campaigns.flag.${flag.code}`)}</FlagBadge>
          <span className="break-words text-amber-950">{flag.message}</span>
        </li>
      ))}
    </ul>
  );
}

/** A thumbnail with when and where it was taken; the full photo opens on a click. */
export function PhotoFigure({
  photo,
  site,
  children,
}: {
  photo: CampaignPhoto;
  site: Site;
  children?: React.ReactNode;
}) {
  const { t, lang } = useI18n();
  return (
    <figure className="flex min-w-0 flex-col gap-2 rounded-md border border-slate-200 p-2">
      <a href={fileUrl(photo.fileId)} target="_blank" rel="noreferrer" className="focus-ring block">
        {photo.thumbnail ? (
          <img
            src={thumbnailUrl(photo.fileId)}
            alt={t('campaigns.photo.alt', { site: site.name })}
            className="aspect-[4/3] w-full rounded object-cover"
            loading="lazy"
          />
        ) : (
          <span className="block py-6 text-center text-sm underline">{t('campaigns.photo.open')}</span>
        )}
      </a>
      <figcaption className="flex flex-col gap-1 text-xs text-slate-700">
        <span>
          {photo.takenAt
            ? t('campaigns.photo.takenAt', { time: formatDateTime(photo.takenAt, site.unitTimezone, lang) })
            : t('campaigns.photo.noTime')}
        </span>
        {photo.showsFaces && <span className="font-medium text-red-800">{t('campaigns.photo.facesBadge')}</span>}
        <PhotoFlags photo={photo} />
      </figcaption>
      {children}
    </figure>
  );
}

function PhotoActions({ campaignId, photo, index }: { campaignId: string; photo: CampaignPhoto; index: number }) {
  const { t } = useI18n();
  const setFaces = useSetPhotoFaces(campaignId);
  const remove = useRemovePhoto(campaignId);
  return (
    <div className="flex flex-col gap-2">
      <CheckboxField
        label={t('campaigns.photo.faces')}
        checked={photo.showsFaces}
        disabled={setFaces.isPending}
        onChange={(event) => setFaces.mutate({ photoId: photo.id, showsFaces: event.target.checked })}
      />
      <div>
        <Button size="sm" variant="danger" busy={remove.isPending} onClick={() => remove.mutate(photo.id)}>
          {t('campaigns.photo.remove', { number: index + 1 })}
        </Button>
      </div>
      {(setFaces.isError || remove.isError) && (
        <Alert tone="error">{describeError(setFaces.error ?? remove.error, t)}</Alert>
      )}
    </div>
  );
}

type UploaderProps = { campaignId: string; site: Site; label: string; hint: string; monitoringWindow?: number };

/**
 * Upload from the phone's camera: event photos, or with `monitoringWindow` the photos of that check. Without a
 * signal the photo is kept on the device and queued; it is attached (and checked) once the signal returns.
 */
export function PhotoUploader({ campaignId, site, label, hint, monitoringWindow }: UploaderProps) {
  const { t } = useI18n();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [showsFaces, setShowsFaces] = useState(false);
  const [progress, setProgress] = useState(0);
  const [queued, setQueued] = useState(false);
  const addPhoto = useAddSitePhoto(campaignId);

  async function keepOnDevice(file: File) {
    const label = t('capture.photo.label', { site: site.name });
    await queueSitePhoto(campaignId, { siteId: site.id, file, showsFaces, monitoringWindow, label });
    setQueued(true);
  }

  async function addOne(file: File) {
    if (isDeviceOffline()) return keepOnDevice(file);
    setProgress(0);
    try {
      await addPhoto.mutateAsync({ siteId: site.id, file, showsFaces, monitoringWindow, onProgress: setProgress });
    } catch (error) {
      if (!failedWithoutAnswer(error)) return;
      addPhoto.reset();
      await keepOnDevice(file);
    }
  }

  async function upload(files: FileList | null) {
    setQueued(false);
    for (const file of Array.from(files ?? [])) await addOne(file);
    if (input.current) input.current.value = '';
  }

  return (
    <div className="flex flex-col gap-2 rounded-md bg-slate-50 p-3">
      <label htmlFor={inputId} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        ref={input}
        id={inputId}
        type="file"
        accept="image/jpeg,image/png,image/heic"
        multiple
        className="focus-ring block w-full max-w-full text-sm"
        disabled={addPhoto.isPending}
        onChange={(event) => void upload(event.target.files)}
      />
      <CheckboxField
        label={t('campaigns.photo.facesNext')}
        checked={showsFaces}
        onChange={(event) => setShowsFaces(event.target.checked)}
      />
      <p className="text-xs text-slate-600">{hint}</p>
      {addPhoto.isPending && (
        <label className="flex flex-col gap-1 text-sm" role="status">
          {t('campaigns.photo.uploading')}
          <progress className="h-2 w-full" max={1} value={progress} />
        </label>
      )}
      {addPhoto.isError && <Alert tone="error">{describeError(addPhoto.error, t)}</Alert>}
      {queued && <Alert tone="info">{t('capture.photo.queued')}</Alert>}
    </div>
  );
}

type GridProps = { campaignId: string; site: Site; photos: CampaignPhoto[]; canChange: boolean; empty: string | null };

/** Thumbnails with their flags; the faces mark and removal for whoever may still change them. */
export function PhotoGrid({ campaignId, site, photos, canChange, empty }: GridProps) {
  if (photos.length === 0) return empty ? <p className="text-sm text-slate-600">{empty}</p> : null;
  return (
    <ul className="grid grid-cols-1 gap-3 min-[420px]:grid-cols-2 lg:grid-cols-3">
      {photos.map((photo, index) => (
        <li key={photo.id}>
          <PhotoFigure photo={photo} site={site}>
            {canChange && <PhotoActions campaignId={campaignId} photo={photo} index={index} />}
          </PhotoFigure>
        </li>
      ))}
    </ul>
  );
}

/** The site's photos of the event day: upload from the phone's camera, mark faces, see what the server flagged. */
export function SitePhotos({ campaignId, site }: { campaignId: string; site: Site }) {
  const { t } = useI18n();
  const photos = site.photos.filter((photo) => photo.phase === 'acara');
  const waiting = useQueuedSitePhotos(campaignId, site.id).length;
  return (
    <section className="flex flex-col gap-3" aria-label={t('campaigns.photo.heading')}>
      <h4 className="font-semibold text-navy-900">{t('campaigns.photo.heading')}</h4>
      <PhotoGrid
        campaignId={campaignId}
        site={site}
        photos={photos}
        canChange={site.abilities.edit}
        empty={waiting > 0 ? null : t('campaigns.photo.none')}
      />
      <QueuedPhotos campaignId={campaignId} site={site} />
      {site.abilities.edit && (
        <PhotoUploader
          campaignId={campaignId}
          site={site}
          label={t('campaigns.photo.add')}
          hint={t('campaigns.photo.hint')}
        />
      )}
    </section>
  );
}
