import { Link } from '@tanstack/react-router';
import { cx } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import type { AssignmentsSearch } from '../routes/assignments-search';

const TAB = 'focus-ring rounded-md px-3 py-1.5 text-sm font-medium';

/** All tasks, "Belum melapor" and (for verifiers) the requests queue, as links that keep the other filters. */
export function WorklistTabs({ search, canVerify }: { search: AssignmentsSearch; canVerify: boolean }) {
  const { t } = useI18n();
  const tabs = [
    { view: undefined, label: t('worklist.tab.all') },
    { view: 'pending' as const, label: t('worklist.tab.pending') },
    ...(canVerify ? [{ view: 'requests' as const, label: t('worklist.tab.requests') }] : []),
  ];
  return (
    <nav aria-label={t('worklist.tab.label')} className="mb-4 flex flex-wrap gap-2">
      {tabs.map((tab) => {
        const current = search.view === tab.view;
        return (
          <Link
            key={tab.view ?? 'all'}
            to="/assignments"
            search={{ directiveId: search.directiveId, view: tab.view }}
            aria-current={current ? 'page' : undefined}
            className={cx(TAB, current ? 'bg-navy-800 text-white' : 'bg-slate-100 text-navy-900 hover:bg-slate-200')}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
