import type { SopVersion, TimeZone } from '@selaras/contracts';
import { Alert, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useSopVersions } from '../api/list-sop-versions';
import { sopStates } from '../catalogue-model';

const STATE_CLASSES = {
  current: 'bg-teal-100 text-teal-900',
  scheduled: 'bg-amber-100 text-amber-900',
  past: 'bg-slate-100 text-slate-700',
} as const;

/** Every version of a category's checklist, newest first, marked in force, waiting or replaced. */
export function SopVersions({ categoryId, timeZone }: { categoryId: string; timeZone: TimeZone }) {
  const { t, lang } = useI18n();
  const versions = useSopVersions(categoryId);
  if (versions.isPending) return <Spinner />;
  if (versions.isError) return <Alert tone="error">{describeError(versions.error, t)}</Alert>;
  const states = sopStates(versions.data.items, new Date());
  return (
    <ol className="flex flex-col gap-3">
      {versions.data.items.map((version: SopVersion) => {
        const state = states.get(version.id) ?? 'past';
        return (
          <li key={version.id} className="rounded-md border border-slate-200 p-3">
            <details open={state !== 'past'}>
              <summary className="focus-ring cursor-pointer rounded">
                <span className="font-semibold text-navy-900">
                  {t('catalogue.sop.version', { version: version.version })}
                </span>{' '}
                <span className={`ml-1 rounded px-2 py-0.5 text-xs font-medium ${STATE_CLASSES[state]}`}>
                  {t(`catalogue.sop.state.${state}`)}
                </span>
                <span className="block text-sm text-slate-600">
                  {t('catalogue.sop.activeFrom')}: {formatDateTime(version.activeFrom, timeZone, lang)}
                </span>
              </summary>
              {version.note && <p className="mt-2 text-sm text-slate-700">{version.note}</p>}
              <ol className="mt-2 list-decimal pl-6 text-sm">
                {version.steps.map((step) => (
                  <li key={step.key}>{step.text}</li>
                ))}
              </ol>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
