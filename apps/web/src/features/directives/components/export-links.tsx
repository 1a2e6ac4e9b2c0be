import { buttonClasses } from '@/components/ui';
import { buildUrl, type QueryValue } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n/i18n';

type ExportLinksProps = {
  /** The list's filters; the export carries every matching row, not just the page shown. */
  filter: Record<string, QueryValue>;
  /** Adds the directive's PDF report. */
  reportOf?: string;
};

/** Download links (plain GETs with the session cookie): XLSX and CSV of the list, and a directive's PDF. */
export function ExportLinks({ filter, reportOf }: ExportLinksProps) {
  const { t } = useI18n();
  const link = buttonClasses('secondary', 'sm');
  return (
    <div className="flex flex-col gap-1">
      <div role="group" aria-label={t('export.label')} className="flex flex-wrap gap-2">
        <a className={link} href={buildUrl('/assignments/export', { ...filter, format: 'xlsx' })} download>
          {t('export.xlsx')}
        </a>
        <a className={link} href={buildUrl('/assignments/export', { ...filter, format: 'csv' })} download>
          {t('export.csv')}
        </a>
        {reportOf && (
          <a className={link} href={buildUrl(`/directives/${encodeURIComponent(reportOf)}/report.pdf`)} download>
            {t('export.pdf')}
          </a>
        )}
      </div>
      <p className="text-xs text-slate-600">{t('export.hint')}</p>
    </div>
  );
}
