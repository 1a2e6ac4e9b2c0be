import type { ReactNode } from 'react';
import { Button, cx } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import { sizeText } from './attachment-facts';

type AttachmentTileProps = {
  name: string;
  size: number;
  /** A photo's preview; a document shows a plain tile. */
  previewSrc: string | null;
  /** A file still on the device is drawn with a dashed amber border. */
  onDevice?: boolean;
  children?: ReactNode;
  onRemove: () => void;
};

/** One attached file in a form: preview, name, size, what the caller adds, and a remove button. */
export function AttachmentTile({ name, size, previewSrc, onDevice = false, children, onRemove }: AttachmentTileProps) {
  const { t, lang } = useI18n();
  return (
    <li
      data-testid={onDevice ? 'pending-file' : undefined}
      className={cx('flex min-w-0 items-center gap-3 rounded-md border p-2', onDevice ? 'border-dashed border-amber-400' : 'border-slate-200')}
    >
      {previewSrc ? (
        <img src={previewSrc} alt={name} className="h-16 w-16 shrink-0 rounded object-cover" />
      ) : (
        <span className="flex h-16 w-16 shrink-0 items-center justify-center rounded bg-slate-100 text-xs font-semibold text-slate-700">
          {t('evidence.document')}
        </span>
      )}
      <div className="flex min-w-0 flex-1 flex-col items-start gap-1 text-sm">
        <span className="w-full truncate font-medium text-slate-900" title={name}>
          {name}
        </span>
        <span className="text-slate-600">{sizeText(size, lang)}</span>
        {children}
      </div>
      <Button size="sm" variant="ghost" onClick={onRemove} aria-label={t('evidence.remove', { name })}>
        {t('evidence.removeShort')}
      </Button>
    </li>
  );
}
