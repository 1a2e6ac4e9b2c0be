import { Link } from '@tanstack/react-router';
import { buttonClasses } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';

/** Shown both for units that do not exist and for units outside the person's scope: the API does not tell them apart. */
export function UnitNotFound() {
  const { t } = useI18n();
  useDocumentTitle(t('units.notFound.title'));
  return (
    <div className="mx-auto max-w-lg py-10 text-center">
      <p className="text-sm font-semibold tracking-wide text-teal-800">404</p>
      <h1 className="mt-2 text-2xl font-semibold text-navy-900">{t('units.notFound.title')}</h1>
      <p className="mt-2 text-slate-700">{t('units.notFound.body')}</p>
      <Link to="/units" className={buttonClasses('primary', 'md', 'mt-6')}>
        {t('units.notFound.back')}
      </Link>
    </div>
  );
}
