import { Link, useNavigate } from '@tanstack/react-router';
import { Alert, Card, PageHeader, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useMe } from '@/lib/me';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useIncidentCatalogue } from '../api/get-incident-catalogue';
import { ReportForm } from '../components/report-form';

export function NewIncidentPage() {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const catalogue = useIncidentCatalogue();
  useDocumentTitle(t('incidents.report.title'));
  return (
    <>
      <Link to="/insiden" className="text-sm font-medium text-navy-800 underline">
        {t('incidents.board.title')}
      </Link>
      <PageHeader
        title={t('incidents.report.title')}
        description={t('incidents.report.intro', { unit: me.position.unitName })}
      />
      <Card>
        {catalogue.isPending && <Spinner />}
        {catalogue.isError && <Alert tone="error">{describeError(catalogue.error, t)}</Alert>}
        {catalogue.data && (
          <ReportForm
            catalogue={catalogue.data}
            position={me.position}
            onCreated={(incident) => void navigate({ to: '/insiden/$incidentId', params: { incidentId: incident.id } })}
          />
        )}
      </Card>
    </>
  );
}
