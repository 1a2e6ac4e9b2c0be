import type { StoredFile, TimeZone } from '@selaras/contracts';
import { useI18n } from '@/lib/i18n/i18n';
import { fileUrl, thumbnailUrl } from '../api/upload-file';
import { positionText, sizeText, takenAtText } from './attachment-facts';
import { Badge } from './status-badge';

type AttachmentListProps = { files: StoredFile[]; timeZone: TimeZone };

/** A report's evidence for whoever reads it: thumbnails that open the originals, and where and when each photo was taken. */
export function AttachmentList({ files, timeZone }: AttachmentListProps) {
  const { t, lang } = useI18n();
  if (files.length === 0) return null;
  return (
    <section className="mt-3">
      <h4 className="text-sm font-semibold text-navy-900">{t('evidence.history', { count: files.length })}</h4>
      <ul className="mt-2 grid grid-cols-1 gap-3 sm:grid-cols-2" aria-label={t('evidence.listLabel')}>
        {files.map((file) => (
          <li key={file.id} className="flex min-w-0 gap-3 rounded-md border border-slate-200 p-2">
            <a
              href={fileUrl(file.id)}
              className="focus-ring shrink-0 rounded"
              aria-label={t('evidence.open', { name: file.name, size: sizeText(file.size, lang) })}
            >
              {file.thumbnail ? (
                <img src={thumbnailUrl(file.id)} alt={file.name} className="h-20 w-20 rounded object-cover" loading="lazy" />
              ) : (
                <span className="flex h-20 w-20 items-center justify-center rounded bg-slate-100 text-xs font-semibold text-slate-700">
                  {t('evidence.document')}
                </span>
              )}
            </a>
            <div className="min-w-0 text-sm text-slate-700">
              <p className="truncate font-medium text-slate-900" title={file.name}>
                {file.name}
              </p>
              {file.kind === 'photo' && (
                <Badge tone={file.hasGps ? 'teal' : 'slate'}>{t(file.hasGps ? 'evidence.gps' : 'evidence.noGps')}</Badge>
              )}
              {positionText(file, t, lang) && <p>{positionText(file, t, lang)}</p>}
              {takenAtText(file, timeZone, t, lang) && <p>{takenAtText(file, timeZone, t, lang)}</p>}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
