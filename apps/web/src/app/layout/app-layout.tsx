import { Outlet } from '@tanstack/react-router';
import { useI18n } from '@/lib/i18n/i18n';
import { useMe } from '@/lib/me';
import { useWarmOfflineCache } from '../offline/use-warm-offline-cache';
import { useOutboxSender } from '@/lib/outbox/outbox';
import { useRefreshWhenSent } from '@/lib/use-refresh-when-sent';
import { AppHeader } from './app-header';
import { OfflineBanner } from './offline-banner';

/** The signed-in shell: header with position and navigation, the page, a quiet footer. */
export function AppLayout() {
  const { t } = useI18n();
  const me = useMe();
  useWarmOfflineCache(me);
  useOutboxSender(me.user.id);
  useRefreshWhenSent();
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader me={me} />
      <OfflineBanner timeZone={me.position.unitTimezone} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 outline-none sm:py-8">
        <Outlet />
      </main>
      <footer className="border-t border-slate-200 bg-white">
        <p className="mx-auto max-w-6xl px-4 py-4 text-sm text-slate-600">{t('app.owner')}</p>
      </footer>
    </div>
  );
}
