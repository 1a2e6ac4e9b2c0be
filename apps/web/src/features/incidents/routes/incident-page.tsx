import { getRouteApi, Link } from '@tanstack/react-router';
import { Alert, Spinner } from '@/components/ui';
import { isApiError } from '@/lib/api-client';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useIncident } from '../api/get-incident';
import { AgenciesSection } from '../components/agencies-section';
import { AlertsSection } from '../components/alerts-section';
import { CountersPanel } from '../components/counters-panel';
import { DetailsForm } from '../components/details-form';
import { IncidentHeader } from '../components/incident-header';
import { PersonsSection } from '../components/persons-section';
import { ReviewSection } from '../components/review-section';
import { SopChecklist } from '../components/sop-checklist';
import { StatusActions } from '../components/status-actions';
import { Timeline } from '../components/timeline';
import { UpdateForm } from '../components/update-form';

const routeApi = getRouteApi('/app/insiden/$incidentId');

/** One incident, for a phone first: figures and alerts on top, then what to do, then what happened. */
export function IncidentPage() {
  const { t } = useI18n();
  const { incidentId } = routeApi.useParams();
  const query = useIncident(incidentId);
  const incident = query.data;
  useDocumentTitle(incident ? `${incident.number} · ${incident.categoryName}` : t('nav.incidents'));

  return (
    <>
      <Link to="/insiden" className="text-sm font-medium text-navy-800 underline">
        {t('incidents.board.title')}
      </Link>
      {query.isPending && <Spinner />}
      {query.isError && (
        <Alert tone="error" className="mt-3">
          {isApiError(query.error, 404) ? t('incidents.page.notFound') : describeError(query.error, t)}
        </Alert>
      )}
      {incident && (
        <div className="mt-3" aria-busy={query.isFetching}>
          <IncidentHeader incident={incident} />
          <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
            <div className="flex min-w-0 flex-col gap-4">
              <CountersPanel incident={incident} />
              <AlertsSection incident={incident} />
              {incident.abilities.changeStatus && <StatusActions incident={incident} />}
              {incident.abilities.update && <UpdateForm incident={incident} />}
              {incident.abilities.update && <DetailsForm incident={incident} />}
              <SopChecklist incident={incident} />
            </div>
            <div className="flex min-w-0 flex-col gap-4">
              <AgenciesSection incident={incident} />
              {incident.abilities.readPersons && <PersonsSection incident={incident} />}
              {(incident.abilities.review || incident.abilities.close || incident.review || incident.closedAt) && (
                <ReviewSection incident={incident} />
              )}
              <Timeline incident={incident} />
            </div>
          </div>
        </div>
      )}
    </>
  );
}
