import { Link } from '@tanstack/react-router';
import { ASSIGNMENT_STATUSES, AssignmentStatusSchema } from '@selaras/contracts';
import { CheckboxField, cx, SelectField } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import type { AssignmentsSearch } from '../routes/assignments-search';

type Preset = { label: MessageKey; search: AssignmentsSearch };

type AssignmentFiltersProps = {
  search: AssignmentsSearch;
  canVerify: boolean;
  onSearch: (next: AssignmentsSearch) => void;
};

function samePreset(a: AssignmentsSearch, b: AssignmentsSearch): boolean {
  return a.status === b.status && Boolean(a.overdue) === Boolean(b.overdue);
}

/** Ready-made views (what awaits verification, what is late) and the status and overdue filters. */
export function AssignmentFilters({ search, canVerify, onSearch }: AssignmentFiltersProps) {
  const { t } = useI18n();
  const scope = { directiveId: search.directiveId };
  const toVerify: Preset = { label: 'assignments.preset.toVerify', search: { ...scope, status: 'dilaporkan' } };
  const reReported: Preset = {
    label: 'assignments.preset.reReported',
    search: { ...scope, status: 'dilaporkan_ulang' },
  };
  const returned: Preset = { label: 'assignments.preset.returned', search: { ...scope, status: 'dikembalikan' } };
  const presets: Preset[] = [
    { label: 'assignments.preset.all', search: scope },
    ...(canVerify ? [toVerify, reReported] : [returned]),
    { label: 'assignments.preset.overdue', search: { ...scope, overdue: true } },
  ];

  return (
    <div className="flex flex-col gap-4">
      <nav aria-label={t('assignments.preset.label')}>
        <ul className="flex flex-wrap gap-2">
          {presets.map((preset) => {
            const current = samePreset(search, preset.search);
            return (
              <li key={preset.label}>
                <Link
                  to="/assignments"
                  search={preset.search}
                  aria-current={current ? 'page' : undefined}
                  className={cx(
                    'focus-ring inline-flex min-h-9 items-center rounded-full px-3 text-sm font-medium ring-1',
                    current
                      ? 'bg-navy-800 text-white ring-navy-800'
                      : 'bg-white text-navy-900 ring-slate-300 hover:bg-slate-50',
                  )}
                >
                  {t(preset.label)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 sm:items-end">
        <SelectField
          label={t('assignments.filter.status')}
          value={search.status ?? ''}
          placeholder={t('common.all')}
          options={ASSIGNMENT_STATUSES.map((status) => ({ value: status, label: t(`assignmentStatus.${status}`) }))}
          onChange={(event) => {
            const status = AssignmentStatusSchema.safeParse(event.target.value);
            onSearch({ ...search, status: status.success ? status.data : undefined, offset: undefined });
          }}
        />
        <div className="pb-2">
          <CheckboxField
            label={t('assignments.filter.overdue')}
            checked={search.overdue ?? false}
            onChange={(event) => onSearch({ ...search, overdue: event.target.checked || undefined, offset: undefined })}
          />
        </div>
      </div>
    </div>
  );
}
