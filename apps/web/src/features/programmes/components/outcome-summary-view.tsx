import type { InmateSummary } from '@selaras/contracts';
import { buttonClasses, Card, EmptyRow, Table, Td, Th } from '@/components/ui';
import { buildUrl } from '@/lib/api-client';
import { formatDate, formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { inmatePath } from '../api/outcome-keys';

/** Who the record is about: the pseudonym always, the name only when it was asked for and allowed. */
export function OutcomeIdentity({ summary }: { summary: InmateSummary }) {
  const { t, lang } = useI18n();
  const rows: [string, string][] = [
    [t('outcomes.pseudonym'), summary.pseudonym],
    ...(summary.name ? ([[t('outcomes.name'), summary.name]] as [string, string][]) : []),
    ...(summary.registrationNumber ? ([[t('outcomes.registrationNumber'), summary.registrationNumber]] as [string, string][]) : []),
    [t('outcomes.unit'), summary.unitName],
    [t('outcomes.category'), t(`outcomes.category.${summary.category}`)],
    [t('outcomes.status'), t(`outcomes.inmateStatus.${summary.status}`)],
    [t('outcomes.entryDate'), formatDate(summary.entryDate, lang)],
  ];
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-2" data-testid="outcome-identity">
      {rows.map(([label, value]) => (
        <div key={label} className="min-w-0">
          <dt className="text-sm text-slate-600">{label}</dt>
          <dd className="font-medium break-words text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function OutcomeTotals({ summary }: { summary: InmateSummary }) {
  const { t, lang } = useI18n();
  const tiles = [
    { label: t('outcomes.totals.programmes'), value: formatNumber(summary.totals.programmes, lang, 0) },
    { label: t('outcomes.totals.hours'), value: formatNumber(summary.totals.hours, lang, 2) },
    { label: t('outcomes.totals.attended'), value: formatNumber(summary.totals.sessionsAttended, lang, 0) },
    { label: t('outcomes.totals.absent'), value: formatNumber(summary.totals.sessionsAbsent, lang, 0) },
    { label: t('outcomes.totals.certificates'), value: formatNumber(summary.totals.certificates, lang, 0) },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
      {tiles.map((tile) => (
        <div key={tile.label} className="rounded-lg border border-slate-200 bg-white p-3">
          <dt className="text-sm text-slate-600">{tile.label}</dt>
          <dd className="text-2xl font-semibold text-navy-900">{tile.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function OutcomeProgrammes({ summary }: { summary: InmateSummary }) {
  const { t, lang } = useI18n();
  return (
    <Card title={t('outcomes.programmes.title')}>
      <Table caption={t('outcomes.programmes.caption')} hideCaption>
        <thead>
          <tr>
            <Th>{t('outcomes.programmes.name')}</Th>
            <Th>{t('outcomes.category')}</Th>
            <Th>{t('outcomes.status')}</Th>
            <Th>{t('outcomes.programmes.period')}</Th>
            <Th className="text-right">{t('outcomes.programmes.hours')}</Th>
            <Th className="text-right">{t('outcomes.programmes.attended')}</Th>
            <Th className="text-right">{t('outcomes.programmes.absent')}</Th>
          </tr>
        </thead>
        <tbody>
          {summary.programmes.length === 0 && <EmptyRow colSpan={7}>{t('outcomes.programmes.none')}</EmptyRow>}
          {summary.programmes.map((p) => (
            <tr key={p.programmeId}>
              <Td className="font-medium">{p.name}</Td>
              <Td>
                {t(`outcomes.track.${p.track}`)} / {p.category}
              </Td>
              <Td>{t(`outcomes.enrolment.${p.status}`)}</Td>
              <Td className="whitespace-nowrap">
                {t('outcomes.programmes.periodText', {
                  from: formatDate(p.from, lang),
                  to: p.to ? formatDate(p.to, lang) : t('outcomes.programmes.now'),
                })}
              </Td>
              <Td className="text-right tabular-nums">{formatNumber(p.hours, lang, 2)}</Td>
              <Td className="text-right tabular-nums">{p.sessionsAttended}</Td>
              <Td className="text-right tabular-nums">{p.sessionsAbsent}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <p className="mt-2 text-sm text-slate-600">{t('outcomes.programmes.hoursNote')}</p>
    </Card>
  );
}

/** Plain GETs with the session cookie: the PDF on the caller's letterhead, the workbook with the pseudonym. */
export function OutcomeExports({ inmateId }: { inmateId: string }) {
  const { t } = useI18n();
  const link = buttonClasses('secondary', 'sm');
  return (
    <div role="group" aria-label={t('outcomes.export.label')} className="flex flex-wrap gap-2">
      <a className={link} href={buildUrl(inmatePath(inmateId, '/summary.pdf'))} download>
        {t('outcomes.export.pdf')}
      </a>
      <a className={link} href={buildUrl(inmatePath(inmateId, '/summary.xlsx'))} download>
        {t('outcomes.export.xlsx')}
      </a>
    </div>
  );
}
