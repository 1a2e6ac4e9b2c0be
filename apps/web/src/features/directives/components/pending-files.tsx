import { useEffect, useMemo } from 'react';
import { Button } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import type { PendingFile } from '../api/submit-report';
import { sizeText } from './attachment-facts';

type PendingFilesProps = { files: PendingFile[]; onRemove: (key: string) => void };

/** Files picked without signal, kept on the device and uploaded with the report. */
export function PendingFiles({ files, onRemove }: PendingFilesProps) {
  const { t, lang } = useI18n();
  const previews = useMemo(
    () => new Map(files.filter(({ file }) => file.type.startsWith('image/')).map(({ key, file }) => [key, URL.createObjectURL(file)])),
    [files],
  );
  useEffect(() => () => previews.forEach((url) => URL.revokeObjectURL(url)), [previews]);
  if (files.length === 0) return null;
  return (
    <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2" aria-label={t('outbox.report.pendingFiles')}>
      {files.map(({ key, file }) => {
        const preview = previews.get(key);
        return (
          <li key={key} data-testid="pending-file" className="flex min-w-0 items-center gap-3 rounded-md border border-dashed border-amber-400 p-2">
            {preview ? (
              <img src={preview} alt={file.name} className="h-16 w-16 shrink-0 rounded object-cover" />
            ) : (
              <span className="flex h-16 w-16 shrink-0 items-center justify-center rounded bg-slate-100 text-xs font-semibold text-slate-700">
                {t('evidence.document')}
              </span>
            )}
            <div className="flex min-w-0 flex-1 flex-col gap-1 text-sm">
              <span className="w-full truncate font-medium text-slate-900" title={file.name}>
                {file.name}
              </span>
              <span className="text-slate-600">{sizeText(file.size, lang)}</span>
              <span className="text-amber-900">{t('outbox.report.pendingFile', { name: file.name })}</span>
            </div>
            <Button size="sm" variant="ghost" onClick={() => onRemove(key)} aria-label={t('evidence.remove', { name: file.name })}>
              {t('evidence.removeShort')}
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
