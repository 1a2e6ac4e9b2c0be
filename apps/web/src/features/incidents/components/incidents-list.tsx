import { Link } from '@tanstack/react-router';
import type { IncidentSummary } from '@selaras/contracts';
import { EmptyRow, Table, Td, Th } from '@/components/ui';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { IncidentStatusBadge, SeriousBadge, UnacknowledgedBadge } from './status-badge';
import { useCounterLine } from './use-counter-line';

type ListProps = { incidents: IncidentSummary[] };

function IncidentLink({ incident }: { incident: IncidentSummary }) {
  return (
    <Link
      to="/insiden/$incidentId"
      params={{ incidentId: incident.id }}
      className="font-semibold text-navy-800 underline-offset-4 hover:underline"
    >
      {incident.number}
    </Link>
  );
}

/** Phones: one card per incident, the figures and alerts visible without opening it. */
function IncidentCards({ incidents }: ListProps) {
  const { t, lang } = useI18n();
  const counterLine = useCounterLine();
  if (incidents.length === 0) return <p className="py-4 text-slate-600">{t('incidents.board.empty')}</p>;
  return (
    <ul className="flex flex-col gap-3" aria-label={t('incidents.board.caption')}>
      {incidents.map((incident) => {
        const counters = counterLine(incident);
        return (
          <li key={incident.id} className="rounded-md border border-slate-200 p-3">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <IncidentLink incident={incident} />
              <IncidentStatusBadge status={incident.status} />
            </div>
            <p className="mt-1 font-medium text-slate-900">
              {incident.categoryName} · {incident.severityName}
            </p>
            <p className="text-sm text-slate-700">{incident.unitName}</p>
            <p className="text-sm text-slate-700">{formatDateTime(incident.occurredAt, incident.unitTimezone, lang)}</p>
            {counters && <p className="mt-1 text-sm font-medium tabular-nums text-slate-900">{counters}</p>}
            <div className="mt-2 flex flex-wrap gap-2">
              {incident.serious && <SeriousBadge />}
              <UnacknowledgedBadge count={incident.unacknowledgedAlerts} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}

function IncidentTable({ incidents }: ListProps) {
  const { t, lang } = useI18n();
  const counterLine = useCounterLine();
  return (
    <Table caption={t('incidents.board.caption')} hideCaption>
      <thead>
        <tr>
          <Th>{t('incidents.board.number')}</Th>
          <Th>{t('incidents.board.unit')}</Th>
          <Th>{t('incidents.board.category')}</Th>
          <Th>{t('incidents.board.severity')}</Th>
          <Th>{t('incidents.board.status')}</Th>
          <Th>{t('incidents.board.occurredAt')}</Th>
          <Th>{t('incidents.board.counters')}</Th>
          <Th>{t('incidents.board.alerts')}</Th>
        </tr>
      </thead>
      <tbody>
        {incidents.length === 0 && <EmptyRow colSpan={8}>{t('incidents.board.empty')}</EmptyRow>}
        {incidents.map((incident) => (
          <tr key={incident.id} className="hover:bg-slate-50">
            <Td className="whitespace-nowrap">
              <IncidentLink incident={incident} />
            </Td>
            <Td className="min-w-40">{incident.unitName}</Td>
            <Td className="min-w-40">
              <span className="flex flex-wrap items-center gap-1">
                {incident.categoryName}
                {incident.serious && <SeriousBadge />}
              </span>
            </Td>
            <Td>{incident.severityName}</Td>
            <Td>
              <IncidentStatusBadge status={incident.status} />
            </Td>
            <Td className="whitespace-nowrap">{formatDateTime(incident.occurredAt, incident.unitTimezone, lang)}</Td>
            <Td className="min-w-40 tabular-nums">{counterLine(incident) || '–'}</Td>
            <Td>
              <UnacknowledgedBadge count={incident.unacknowledgedAlerts} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** Cards on a phone, a table from tablet width up; only one of them is in the page at a time. */
export function IncidentsList({ incidents }: ListProps) {
  return (
    <>
      <div className="md:hidden">
        <IncidentCards incidents={incidents} />
      </div>
      <div className="hidden md:block">
        <IncidentTable incidents={incidents} />
      </div>
    </>
  );
}
