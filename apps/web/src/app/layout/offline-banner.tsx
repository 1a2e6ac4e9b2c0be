import { useI18n } from '@/lib/i18n/i18n';
import { useOnline } from '@/lib/offline/use-online';

/** Says the page shows what was saved on this phone, while the network is away. */
export function OfflineBanner() {
  const { t } = useI18n();
  const online = useOnline();
  return (
    <div role="status" aria-live="polite">
      {!online && (
        <p className="bg-amber-100 px-4 py-1.5 text-center text-sm font-medium text-amber-950">{t('offline.banner')}</p>
      )}
    </div>
  );
}
