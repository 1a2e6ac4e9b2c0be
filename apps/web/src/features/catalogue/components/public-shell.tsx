import type { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import { LanguageSwitch } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';

/** The frame of the public catalogue pages: no sign-in, no navigation of the signed-in app. */
export function PublicShell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="flex min-h-dvh flex-col bg-slate-50">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link to="/katalog" className="focus-ring rounded font-semibold text-navy-900">
            Selaras · {t('catalogue.brand')}
          </Link>
          <LanguageSwitch tone="light" />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 outline-none sm:py-8">
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-4 text-sm text-slate-600">
          <p>{t('app.owner')}</p>
          <Link to="/login" className="focus-ring rounded text-navy-800 underline">
            {t('catalogue.staffSignIn')}
          </Link>
        </div>
      </footer>
    </div>
  );
}
