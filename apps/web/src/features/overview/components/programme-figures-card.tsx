import { Link } from '@tanstack/react-router';
import { Alert, Card, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { formatNumber, formatPercent, type Language } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { hasPermission, useMe } from '@/lib/me';
import { useProgrammeFigures } from '../api/get-programme-figures';
import { ShareBar } from './share-bar';

/** "November 2026" from "2026-11", in the page's language. */
function monthLabel(month: string, lang: Language): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, mon - 1, 1)),
  );
}

/**
 * This month's participation in rehabilitation programmes across the caller's scope: the rate, participants
 * out of the population, and hours per inmate, with the way into Pembinaan. Only for `programmes:read`.
 */
export function ProgrammeFiguresCard() {
  const { t, lang } = useI18n();
  const me = useMe();
  const allowed = hasPermission(me, 'programmes:read');
  const query = useProgrammeFigures(allowed);
  if (!allowed) return null;
  const f = query.data;
  const n = (value: number, digits = 1) => formatNumber(value, lang, digits);
  return (
    <Card
      title={f ? t('programmeFigures.title', { month: monthLabel(f.month, lang) }) : t('programmeFigures.label')}
      actions={
        <Link to="/pembinaan" className="text-sm font-medium text-navy-800 underline underline-offset-4 hover:text-navy-600">
          {t('programmeFigures.link')}
        </Link>
      }
    >
      {query.isPending && <Spinner />}
      {query.isError && <Alert tone="error">{describeError(query.error, t)}</Alert>}
      {f && (
        <dl aria-label={t('programmeFigures.label')} className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          <div className="rounded-md border border-slate-200 p-3">
            <dt className="text-sm text-slate-600">{t('programmeFigures.rate')}</dt>
            <dd>
              <span className="block text-2xl font-semibold tabular-nums text-navy-900">{formatPercent(f.participationRate * 100, lang)}</span>
              <span className="block text-xs text-slate-600">{t('programmeFigures.rateDetail')}</span>
              <span className="mt-2 block">
                <ShareBar percent={f.participationRate * 100} tone="teal" />
              </span>
            </dd>
          </div>
          <div className="rounded-md border border-slate-200 p-3">
            <dt className="text-sm text-slate-600">{t('programmeFigures.participants')}</dt>
            <dd>
              <span className="block text-2xl font-semibold tabular-nums text-navy-900">
                {t('programmeFigures.participantsValue', { participants: n(f.participants, 0), population: n(f.population, 0) })}
              </span>
              <span className="block text-xs text-slate-600">{t('programmeFigures.participantsDetail', { scope: f.unit.name })}</span>
            </dd>
          </div>
          <div className="rounded-md border border-slate-200 p-3">
            <dt className="text-sm text-slate-600">{t('programmeFigures.hoursPerInmate')}</dt>
            <dd>
              <span className="block text-2xl font-semibold tabular-nums text-navy-900">{n(f.hoursPerInmate)}</span>
              <span className="block text-xs text-slate-600">{t('programmeFigures.hoursDetail', { hours: n(f.hours, 0) })}</span>
            </dd>
          </div>
        </dl>
      )}
    </Card>
  );
}
