import { Outlet } from '@tanstack/react-router';
import { useI18n } from '@/lib/i18n/i18n';
import { useMe } from '@/lib/me';
import { useOutboxSender } from '@/lib/outbox/outbox';
import { AppHeader } from './app-header';

/** The signed-in shell: header with position and navigation, the page, a quiet footer. */
export function AppLayout() {
  const { t } = useI18n();
  const me = useMe();
  useOutboxSender(me.user.id);
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader me={me} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 outline-none sm:py-8">
        <Outlet />
      </main>
      <footer className="border-t border-slate-200 bg-white">
        <p className="mx-auto max-w-6xl px-4 py-4 text-sm text-slate-600">{t('app.owner')}</p>
      </footer>
    </div>
  );
}
