import { useState } from 'react';
import type { Alert as IncidentAlert, Incident } from '@selaras/contracts';
import { Alert, Button, Card, cx } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useAcknowledgeAlert } from '../api/acknowledge-alert';
import { ALERT_LEVEL_LABEL, BADGE } from './labels';

function AlertItem({ incident, alert }: { incident: Incident; alert: IncidentAlert }) {
  const { t, lang } = useI18n();
  const acknowledge = useAcknowledgeAlert(incident.id);
  const [failure, setFailure] = useState<string | null>(null);
  const zone = incident.unitTimezone;
  const minutes = alert.delayMinutes === null ? null : formatNumber(alert.delayMinutes, lang, 0);
  const acknowledged = alert.acknowledgedAt !== null;

  async function onAcknowledge() {
    setFailure(null);
    try {
      await acknowledge.mutateAsync(alert.id);
    } catch (error) {
      setFailure(describeError(error, t));
    }
  }

  return (
    <li className={cx('rounded-md border p-3', acknowledged ? 'border-slate-200' : 'border-amber-400 bg-amber-50')}>
      <div className="flex flex-wrap items-center gap-2">
        <span className={cx(BADGE, 'bg-navy-50 text-navy-900 ring-navy-200')}>{t(ALERT_LEVEL_LABEL[alert.level])}</span>
        <span className="font-medium text-slate-900">{alert.unitName}</span>
        {alert.reason === 'escalation' && (
          <span className={cx(BADGE, 'bg-red-100 text-red-900 ring-red-300')}>{t('incidents.alerts.escalation')}</span>
        )}
      </div>
      <p className="mt-1 text-sm text-slate-700">
        {alert.sentAt
          ? t('incidents.alerts.sent', { time: formatDateTime(alert.sentAt, zone, lang) })
          : t('incidents.alerts.due', { time: formatDateTime(alert.dueAt, zone, lang) })}
      </p>
      <p className={cx('text-sm font-medium', acknowledged ? 'text-teal-900' : 'text-amber-950')}>
        {acknowledged
          ? t('incidents.alerts.acknowledged', { name: alert.acknowledgedBy ?? '–', minutes: minutes ?? '–' })
          : alert.sentAt
            ? t('incidents.alerts.notYet', { minutes: minutes ?? '–' })
            : t('incidents.alerts.notSent')}
      </p>
      {alert.escalatedAt && (
        <p className="text-sm text-red-800">
          {t('incidents.alerts.escalatedAt', { time: formatDateTime(alert.escalatedAt, zone, lang) })}
        </p>
      )}
      {failure && (
        <Alert tone="error" className="mt-2">
          {failure}
        </Alert>
      )}
      {alert.abilities.acknowledge && !acknowledged && (
        <Button size="sm" className="mt-2" busy={acknowledge.isPending} onClick={() => void onAcknowledge()}>
          {t('incidents.alerts.acknowledge')}
        </Button>
      )}
    </li>
  );
}

/** Who has been told, when, and who confirmed it; an alert not confirmed in time goes one level up. */
export function AlertsSection({ incident }: { incident: Incident }) {
  const { t } = useI18n();
  return (
    <Card title={t('incidents.alerts.title')}>
      {incident.alerts.length === 0 ? (
        <p className="text-slate-600">{t('incidents.alerts.none')}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {incident.alerts.map((alert) => (
            <AlertItem key={alert.id} incident={incident} alert={alert} />
          ))}
        </ul>
      )}
    </Card>
  );
}
