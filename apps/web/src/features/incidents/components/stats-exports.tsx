import { buttonClasses } from '@/components/ui';
import { buildUrl } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n/i18n';
import type { IncidentStatsSearch } from '../routes/stats-search';

/** Downloads of the incident list over the same date range (plain GETs with the session cookie). */
export function StatsExportLinks({ search }: { search: IncidentStatsSearch }) {
  const { t } = useI18n();
  const link = buttonClasses('secondary', 'sm');
  const query = { from: search.from, to: search.to };
  return (
    <div className="flex flex-col gap-2">
      <div role="group" aria-label={t('incidentStats.export.label')} className="flex flex-wrap gap-2">
        <a className={link} href={buildUrl('/incidents/export.xlsx', query)} download>
          {t('incidentStats.export.xlsx')}
        </a>
        <a className={link} href={buildUrl('/incidents/export.csv', query)} download>
          {t('incidentStats.export.csv')}
        </a>
      </div>
      <p className="text-sm text-slate-600">{t('incidentStats.export.note')}</p>
    </div>
  );
}
