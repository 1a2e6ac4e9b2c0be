import { Link } from '@tanstack/react-router';
import { buttonClasses } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';

export function NotFoundPage() {
  const { t } = useI18n();
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="mx-auto max-w-lg py-10 text-center">
      <p className="text-sm font-semibold tracking-wide text-teal-800">404</p>
      <h1 className="mt-2 text-2xl font-semibold text-navy-900">{t('notFound.title')}</h1>
      <p className="mt-2 text-slate-700">{t('notFound.body')}</p>
      <Link to="/" className={buttonClasses('primary', 'md', 'mt-6')}>
        {t('notFound.home')}
      </Link>
    </div>
  );
}

/** Outside the signed-in shell the page still needs its own landmark. */
export function StandaloneNotFoundPage() {
  return (
    <main id="main" tabIndex={-1} className="px-4 outline-none">
      <NotFoundPage />
    </main>
  );
}
