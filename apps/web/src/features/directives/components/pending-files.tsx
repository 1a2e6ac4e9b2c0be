import { useEffect, useMemo } from 'react';
import { useI18n } from '@/lib/i18n/i18n';
import type { PendingFile } from '../api/submit-report';
import { AttachmentTile } from './attachment-tile';

type PendingFilesProps = { files: PendingFile[]; onRemove: (key: string) => void };

/** Files picked without signal, kept on the device and uploaded with the report. */
export function PendingFiles({ files, onRemove }: PendingFilesProps) {
  const { t } = useI18n();
  const previews = useMemo(
    () => new Map(files.filter(({ file }) => file.type.startsWith('image/')).map(({ key, file }) => [key, URL.createObjectURL(file)])),
    [files],
  );
  useEffect(() => () => previews.forEach((url) => URL.revokeObjectURL(url)), [previews]);
  if (files.length === 0) return null;
  return (
    <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2" aria-label={t('outbox.report.pendingFiles')}>
      {files.map(({ key, file }) => (
        <AttachmentTile key={key} name={file.name} size={file.size} previewSrc={previews.get(key) ?? null} onDevice onRemove={() => onRemove(key)}>
          <span className="text-amber-900">{t('outbox.report.pendingFile', { name: file.name })}</span>
        </AttachmentTile>
      ))}
    </ul>
  );
}
