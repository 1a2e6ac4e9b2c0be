import { Link } from '@tanstack/react-router';
import type { Assignment } from '@selaras/contracts';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { shortUnitName } from './labels';
import { Badge, OverdueBadge, StatusBadge } from './status-badge';
import { WindowBadge } from './window-badge';

/** Checkboxes for the rows the caller may verify (bulk decisions). */
export type AssignmentSelection = { selected: ReadonlySet<string>; toggle: (assignment: Assignment) => void };

/** One card per assignment; the due time is shown on the unit's own clock. */
export function AssignmentList({
  assignments,
  selection,
}: {
  assignments: Assignment[];
  selection?: AssignmentSelection;
}) {
  const { t, lang } = useI18n();
  if (assignments.length === 0) return <p className="py-6 text-center text-slate-600">{t('assignments.empty')}</p>;
  return (
    <ul aria-label={t('assignments.listLabel')} className="flex flex-col divide-y divide-slate-200">
      {assignments.map((assignment) => (
        <li key={assignment.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between">
          <div className="flex min-w-0 items-start gap-3">
            {selection && assignment.abilities.verify && (
              <input
                type="checkbox"
                className="focus-ring mt-1 size-5 shrink-0 rounded border-slate-400 accent-navy-800"
                aria-label={t('bulk.select', {
                  title: assignment.directiveTitle,
                  unit: shortUnitName(assignment.unitName),
                })}
                checked={selection.selected.has(assignment.id)}
                onChange={() => selection.toggle(assignment)}
              />
            )}
            <div className="min-w-0">
              <Link
                to="/assignments/$assignmentId"
                params={{ assignmentId: assignment.id }}
                className="font-medium break-words text-navy-800 underline-offset-4 hover:underline"
              >
                {assignment.directiveTitle}
                <span className="block text-sm font-normal text-slate-700">{shortUnitName(assignment.unitName)}</span>
              </Link>
              <p className="mt-1 text-sm text-slate-700">
                {t('assignments.due', { time: formatDateTime(assignment.dueAt, assignment.unitTimezone, lang) })}
              </p>
            </div>
          </div>
          <div className="flex flex-wrap gap-2 sm:justify-end">
            {assignment.role === 'verify' && <Badge tone="navy">{t('assignments.roleVerify')}</Badge>}
            <WindowBadge assignment={assignment} />
            <StatusBadge status={assignment.status} />
            {assignment.overdue && <OverdueBadge />}
          </div>
        </li>
      ))}
    </ul>
  );
}
