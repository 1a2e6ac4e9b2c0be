import { useId, useState, type ChangeEvent } from 'react';
import type { Directive, StoredFile } from '@selaras/contracts';
import { Alert, Button, cx } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n, type Translate } from '@/lib/i18n/i18n';
import { failedWithoutAnswer } from '@/lib/offline/network';
import { compressPhoto } from '@/lib/photos/compress-photo';
import { thumbnailUrl, uploadFile } from '../api/upload-file';
import { AttachmentTile } from './attachment-tile';
import { Badge } from './status-badge';

export const MAX_ATTACHMENTS = 20;
const DOCUMENT_TYPES = '.pdf,.docx,.xlsx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Upload = { key: string; name: string; progress: number; error?: string };
type EvidencePickerProps = {
  value: StoredFile[];
  rules: Directive['evidence'];
  onAdd: (file: StoredFile) => void;
  onRemove: (id: string) => void;
  error?: string;
  /** Without signal the picked file is handed back to be sent later with the form, instead of failing. */
  onUploadOffline?: (file: File) => void;
};

function rulesText(rules: Directive['evidence'], t: Translate): string | null {
  const parts = [
    rules.minPhotos > 0 ? t('evidence.rule.photos', { count: rules.minPhotos }) : null,
    rules.minDocuments > 0 ? t('evidence.rule.documents', { count: rules.minDocuments }) : null,
    rules.geotagRequired ? t('evidence.rule.geotag') : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? t('evidence.rules', { rules: parts.join(', ') }) : null;
}

const PICK = 'focus-within:ring-2 focus-within:ring-navy-500 inline-flex min-h-11 cursor-pointer items-center rounded-md border border-slate-300 bg-white px-4 font-medium text-navy-900 hover:bg-slate-50';

/** Photos (the phone's camera is offered) and documents, each uploaded as soon as it is picked. */
export function EvidencePicker({ value, rules, onAdd, onRemove, error, onUploadOffline }: EvidencePickerProps) {
  const { t } = useI18n();
  const hintId = useId();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const full = value.length + uploads.filter((u) => !u.error).length >= MAX_ATTACHMENTS;
  const patch = (key: string, change: Partial<Upload> | null) =>
    setUploads((all) => (change ? all.map((u) => (u.key === key ? { ...u, ...change } : u)) : all.filter((u) => u.key !== key)));

  function pick(event: ChangeEvent<HTMLInputElement>) {
    const picked = [...(event.target.files ?? [])].slice(0, Math.max(0, MAX_ATTACHMENTS - value.length));
    event.target.value = '';
    for (const file of picked) {
      const key = `${file.name}.${file.size}.${Math.random()}`;
      setUploads((all) => [...all, { key, name: file.name, progress: 0 }]);
      // A photo is shrunk on the device first (keeping its GPS and capture time); without a signal the
      // shrunk copy waits for the report in the outbox.
      void compressPhoto(file).then((ready) =>
        uploadFile(ready, (progress) => patch(key, { progress }))
          .then((stored) => {
            patch(key, null);
            onAdd(stored);
          })
          .catch((reason: unknown) => {
            if (onUploadOffline && failedWithoutAnswer(reason)) {
              patch(key, null);
              onUploadOffline(ready);
            } else patch(key, { error: describeError(reason, t) });
          }),
      );
    }
  }

  const rulesLine = rulesText(rules, t);
  return (
    <fieldset className="flex min-w-0 flex-col gap-3" aria-describedby={hintId}>
      <legend className="mb-1 font-semibold text-navy-900">{t('evidence.title')}</legend>
      <p id={hintId} className="text-sm text-slate-600">
        {rulesLine && <span className="block font-medium text-slate-800">{rulesLine}</span>}
        {full ? t('evidence.full', { max: MAX_ATTACHMENTS }) : t('evidence.hint', { max: MAX_ATTACHMENTS })}
      </p>
      {error && <Alert tone="error">{error}</Alert>}
      <div className="flex flex-wrap gap-2">
        <label className={cx(PICK, full && 'pointer-events-none opacity-50')}>
          {t('evidence.addPhoto')}
          <input type="file" accept="image/*" multiple disabled={full} onChange={pick} className="sr-only" />
        </label>
        <label className={cx(PICK, full && 'pointer-events-none opacity-50')}>
          {t('evidence.addDocument')}
          <input type="file" accept={DOCUMENT_TYPES} multiple disabled={full} onChange={pick} className="sr-only" />
        </label>
      </div>
      {uploads.map((u) => (
        <div key={u.key} className="flex flex-col gap-1 text-sm" aria-live="polite">
          {u.error ? (
            <Alert tone="error">
              {t('evidence.uploadFailed', { name: u.name, reason: u.error })}{' '}
              <Button size="sm" variant="ghost" onClick={() => patch(u.key, null)}>
                {t('evidence.remove', { name: u.name })}
              </Button>
            </Alert>
          ) : (
            <label className="flex flex-col gap-1 text-slate-700">
              {t('evidence.uploading', { name: u.name })}
              <progress className="h-2 w-full" max={1} value={u.progress} />
            </label>
          )}
        </div>
      ))}
      {value.length === 0 && uploads.length === 0 && <p className="text-sm text-slate-600">{t('evidence.none')}</p>}
      {value.length > 0 && (
        <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2" aria-label={t('evidence.listLabel')}>
          {value.map((file) => (
            <AttachmentTile
              key={file.id}
              name={file.name}
              size={file.size}
              previewSrc={file.thumbnail ? thumbnailUrl(file.id) : null}
              onRemove={() => onRemove(file.id)}
            >
              {file.kind === 'photo' && <Badge tone={file.hasGps ? 'teal' : 'slate'}>{t(file.hasGps ? 'evidence.gps' : 'evidence.noGps')}</Badge>}
            </AttachmentTile>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
