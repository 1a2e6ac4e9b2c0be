import type { AssignmentRequest } from '@selaras/contracts';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { Badge } from './status-badge';
import { RequestDecision } from './request-decision';

const TONE = { pending: 'slate', approved: 'teal', rejected: 'navy' } as const;

/** One request as the unit and its decider read it; the decider also gets the decision buttons. */
export function RequestItem({ request }: { request: AssignmentRequest }) {
  const { t, lang } = useI18n();
  const zone = request.unitTimezone;
  return (
    <li className="py-3">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium text-navy-900">{t(`request.type.${request.type}`)}</span>
        <Badge tone={TONE[request.status]}>{t(`request.status.${request.status}`)}</Badge>
      </div>
      <p className="mt-1 text-sm text-slate-700">
        {t('request.requestedBy', {
          time: formatDateTime(request.requestedAt, zone, lang),
          name: request.requestedByName,
          position: request.requestedByPosition,
        })}
      </p>
      <p className="mt-1 text-sm">
        {t(`request.reason.${request.reasonCode}`)}
        {request.note ? ` — ${request.note}` : ''}
      </p>
      {request.requestedDueAt && (
        <p className="mt-1 text-sm">
          {t('request.newDue', { time: formatDateTime(request.requestedDueAt, zone, lang) })}
        </p>
      )}
      {request.decidedAt && (
        <p className="mt-1 text-sm text-slate-700">
          {t('request.decidedAt', {
            time: formatDateTime(request.decidedAt, zone, lang),
            position: request.decidedByPosition ?? '',
          })}
          {request.decisionNote ? ` ${request.decisionNote}` : ''}
        </p>
      )}
      {request.abilities.decide && <RequestDecision request={request} />}
    </li>
  );
}
