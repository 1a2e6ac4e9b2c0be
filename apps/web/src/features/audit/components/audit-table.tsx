import type { AuditEvent, TimeZone } from '@selaras/contracts';
import { EmptyRow, Table, Td, Th } from '@/components/ui';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';

function showValue(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function Summary({ summary }: { summary: AuditEvent['summary'] }) {
  const entries = Object.entries(summary);
  if (entries.length === 0) return <>–</>;
  return (
    <dl className="text-xs">
      {entries.map(([key, value]) => (
        <div key={key} className="break-words">
          <dt className="inline font-medium text-slate-700">{key}: </dt>
          <dd className="inline text-slate-600">{showValue(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

type AuditTableProps = { events: AuditEvent[]; timeZone: TimeZone };

/** Times are shown in the viewer's unit zone, labelled, so a Jakarta auditor reads Jakarta time. */
export function AuditTable({ events, timeZone }: AuditTableProps) {
  const { t, lang } = useI18n();
  return (
    <Table caption={t('audit.table.caption')} hideCaption>
      <thead>
        <tr>
          <Th>{t('audit.table.time')}</Th>
          <Th>{t('audit.table.action')}</Th>
          <Th>{t('audit.table.actor')}</Th>
          <Th>{t('audit.table.position')}</Th>
          <Th>{t('audit.table.unit')}</Th>
          <Th>{t('audit.table.summary')}</Th>
        </tr>
      </thead>
      <tbody>
        {events.length === 0 && <EmptyRow colSpan={6}>{t('audit.table.empty')}</EmptyRow>}
        {events.map((event) => (
          <tr key={event.id}>
            <Td className="min-w-44 tabular-nums">
              <time dateTime={event.at}>{formatDateTime(event.at, timeZone, lang)}</time>
            </Td>
            <Td className="min-w-40">{t(`auditAction.${event.action}`)}</Td>
            <Td className="min-w-32">{event.actorName ?? t('audit.table.system')}</Td>
            <Td className="min-w-32">{event.positionTitle ?? '–'}</Td>
            <Td className="min-w-40">{event.unitName ?? '–'}</Td>
            <Td className="min-w-48">
              <Summary summary={event.summary} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
