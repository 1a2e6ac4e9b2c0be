import { Link } from '@tanstack/react-router';
import { useI18n } from '@/lib/i18n/i18n';

type Crumb = { to: '/directives' | '/assignments'; label: string };

/** "Arahan / Tanam kelapa serentak": the way back up, then where the person is. */
export function Breadcrumb({ parent, current }: { parent: Crumb; current: string }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('common.breadcrumb')} className="mb-3 text-sm">
      <ol className="flex flex-wrap gap-1 text-slate-600">
        <li>
          <Link to={parent.to} className="text-navy-800 underline underline-offset-4">
            {parent.label}
          </Link>
          <span aria-hidden="true" className="px-1">
            /
          </span>
        </li>
        <li aria-current="page" className="min-w-0 break-words text-slate-700">
          {current}
        </li>
      </ol>
    </nav>
  );
}
