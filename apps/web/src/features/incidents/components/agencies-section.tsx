import { useState } from 'react';
import type { Agency, Incident } from '@selaras/contracts';
import { Alert, Button, Card } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useUpdateAgency } from '../api/update-agency';
import { AgencyForm } from './agency-form';
import { AGENCY_LABEL } from './labels';

function AgencyEntry({ incident, agency }: { incident: Incident; agency: Agency }) {
  const { t, lang } = useI18n();
  const update = useUpdateAgency(incident.id);
  const [failure, setFailure] = useState<string | null>(null);
  const zone = incident.unitTimezone;

  async function arrivedNow() {
    setFailure(null);
    try {
      await update.mutateAsync({ agencyId: agency.id, body: { arrivedAt: new Date().toISOString() } });
    } catch (error) {
      setFailure(describeError(error, t));
    }
  }

  return (
    <li aria-label={agency.name} className="rounded-md border border-slate-200 p-3">
      <p className="font-medium text-slate-900">
        {t(AGENCY_LABEL[agency.agency])} · {agency.name}
      </p>
      {agency.contact && (
        <p className="text-sm text-slate-700">{t('incidents.agencies.contactIs', { contact: agency.contact })}</p>
      )}
      <p className="text-sm text-slate-700">
        {t('incidents.agencies.requestedIs', { time: formatDateTime(agency.requestedAt, zone, lang) })}
      </p>
      <p className="text-sm font-medium text-slate-900">
        {agency.arrivedAt
          ? t('incidents.agencies.arrivedIs', {
              time: formatDateTime(agency.arrivedAt, zone, lang),
              minutes: agency.responseMinutes === null ? '–' : formatNumber(agency.responseMinutes, lang, 0),
            })
          : t('incidents.agencies.notArrived')}
      </p>
      {agency.personnel !== null && (
        <p className="text-sm text-slate-700">
          {t('incidents.agencies.personnelIs', { count: formatNumber(agency.personnel, lang, 0) })}
        </p>
      )}
      {agency.notes && <p className="mt-1 text-sm whitespace-pre-line text-slate-800">{agency.notes}</p>}
      {failure && (
        <Alert tone="error" className="mt-2">
          {failure}
        </Alert>
      )}
      {incident.abilities.update && !agency.arrivedAt && (
        <Button
          size="sm"
          variant="secondary"
          className="mt-2"
          busy={update.isPending}
          onClick={() => void arrivedNow()}
        >
          {t('incidents.agencies.arrivedNow')}
        </Button>
      )}
    </li>
  );
}

/** Coordination with law enforcement (APH): who was called, when they came, how many. */
export function AgenciesSection({ incident }: { incident: Incident }) {
  const { t } = useI18n();
  return (
    <Card title={t('incidents.agencies.title')}>
      {incident.agencies.length === 0 ? (
        <p className="text-slate-600">{t('incidents.agencies.none')}</p>
      ) : (
        <ul className="flex flex-col gap-2" aria-label={t('incidents.agencies.listLabel')}>
          {incident.agencies.map((agency) => (
            <AgencyEntry key={agency.id} incident={incident} agency={agency} />
          ))}
        </ul>
      )}
      {incident.abilities.update && (
        <div className="mt-4 border-t border-slate-200 pt-4">
          <AgencyForm incident={incident} />
        </div>
      )}
    </Card>
  );
}
