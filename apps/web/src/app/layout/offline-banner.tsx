import { useEffect } from 'react';
import type { TimeZone } from '@selaras/contracts';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { forgetKeptAnswers, useOldestKeptAnswer } from '@/lib/offline/kept-answers';
import { useOnline } from '@/lib/offline/use-online';

/** Says the page shows what was saved on this phone, and from when, while the network is away. */
export function OfflineBanner({ timeZone }: { timeZone: TimeZone }) {
  const { t, lang } = useI18n();
  const online = useOnline();
  const keptAt = useOldestKeptAnswer();
  useEffect(() => {
    if (online) forgetKeptAnswers();
  }, [online]);
  return (
    <div role="status" aria-live="polite">
      {!online && (
        <p className="bg-amber-100 px-4 py-1.5 text-center text-sm font-medium text-amber-950">
          {keptAt ? t('offline.bannerSince', { time: formatDateTime(keptAt, timeZone, lang) }) : t('offline.banner')}
        </p>
      )}
    </div>
  );
}
