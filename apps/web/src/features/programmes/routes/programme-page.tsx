import { getRouteApi, Link } from '@tanstack/react-router';
import { Alert, buttonClasses, Card, PageHeader, Spinner } from '@/components/ui';
import { isApiError } from '@/lib/api-client';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useProgramme } from '../api/get-programme';
import { EnrolmentsSection } from '../components/enrolments-section';
import { ProgrammeDetails } from '../components/programme-details';

const routeApi = getRouteApi('/app/pembinaan/program/$programmeId');

/** One programme: details, the attendance link and its participants. */
export function ProgrammePage() {
  const { t } = useI18n();
  const { programmeId } = routeApi.useParams();
  const query = useProgramme(programmeId);
  const programme = query.data;
  useDocumentTitle(programme?.name ?? t('nav.programmes'));

  return (
    <>
      <Link to="/pembinaan" className="text-sm font-medium text-navy-800 underline">
        {t('programmes.list.title')}
      </Link>
      {query.isPending && <Spinner />}
      {query.isError && (
        <Alert tone="error" className="mt-3">
          {isApiError(query.error, 404) ? t('programmes.page.notFound') : describeError(query.error, t)}
        </Alert>
      )}
      {programme && (
        <div className="mt-3" aria-busy={query.isFetching}>
          <PageHeader title={programme.name} description={programme.unit.name} />
          <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
            <div className="flex min-w-0 flex-col gap-4">
              <ProgrammeDetails programme={programme} />
              {/* Attendance register of this programme (its own page, /pembinaan/program/$programmeId/presensi). */}
              <Card title={t('programmes.page.attendance')}>
                <p className="mb-3 text-sm text-slate-600">{t('programmes.page.attendanceHint')}</p>
                <a href={`/pembinaan/program/${encodeURIComponent(programme.id)}/presensi`} className={buttonClasses('secondary')}>
                  {t('programmes.page.attendance')}
                </a>
              </Card>
            </div>
            <div className="flex min-w-0 flex-col gap-4">
              <EnrolmentsSection programme={programme} />
            </div>
          </div>
        </div>
      )}
    </>
  );
}
