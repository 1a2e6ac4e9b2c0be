import { getRouteApi, Link, useRouter } from '@tanstack/react-router';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { LoginForm } from '../components/login-form';
import { safeRedirect } from './login-search';

const routeApi = getRouteApi('/login');

export function LoginPage() {
  const { t } = useI18n();
  const router = useRouter();
  const search = routeApi.useSearch();
  useDocumentTitle(t('auth.login.title'));

  return (
    <div className="flex min-h-dvh flex-col bg-navy-950 bg-linear-to-b from-navy-900 to-navy-950">
      <div className="flex justify-end p-4">
        <LanguageSwitch tone="dark" />
      </div>
      <main id="main" tabIndex={-1} className="flex flex-1 items-start justify-center px-4 pb-12 sm:items-center">
        <div className="w-full max-w-sm">
          <div className="mb-6 flex flex-col items-center gap-2 text-white">
            <span
              aria-hidden="true"
              className="grid size-12 place-items-center rounded-lg bg-teal-500 text-2xl font-bold text-navy-950"
            >
              S
            </span>
            <p className="text-2xl font-semibold">Selaras</p>
            <p className="text-sm font-medium tracking-wide text-teal-200 uppercase">{t('app.tagline')}</p>
          </div>
          <div className="rounded-xl bg-white p-6 shadow-lg sm:p-8">
            <h1 className="mb-1 text-2xl font-semibold text-navy-900">{t('auth.login.title')}</h1>
            <p className="mb-6 text-sm text-slate-600">{t('auth.login.intro')}</p>
            <LoginForm onSignedIn={() => router.history.push(safeRedirect(search.redirect))} />
          </div>
          <p className="mt-6 text-center text-xs text-navy-200">{t('app.owner')}</p>
          <p className="mt-2 text-center text-sm">
            <Link to="/katalog" className="focus-ring rounded text-teal-200 underline hover:text-white">
              {t('catalogue.loginLink')}
            </Link>
          </p>
        </div>
      </main>
    </div>
  );
}
