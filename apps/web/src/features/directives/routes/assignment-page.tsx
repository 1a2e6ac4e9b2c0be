import { useState } from 'react';
import { getRouteApi } from '@tanstack/react-router';
import { z } from 'zod';
import type { AssignmentDetail } from '@selaras/contracts';
import { Alert, Card, PageHeader, Spinner } from '@/components/ui';
import { isApiError } from '@/lib/api-client';
import { describeError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useAssignment } from '../api/get-assignment';
import { useDirective } from '../api/get-directive';
import { useReports } from '../api/list-reports';
import { Breadcrumb } from '../components/breadcrumb';
import { DecisionPanel } from '../components/decision-panel';
import { shortUnitName } from '../components/labels';
import { MetricList } from '../components/metric-list';
import { NotFoundNotice } from '../components/not-found-notice';
import { ReportForm } from '../components/report-form';
import { ReportHistory } from '../components/report-history';
import { RequestPanel } from '../components/request-panel';
import { OverdueBadge, StatusBadge } from '../components/status-badge';
import { WindowBadge, WindowOpened } from '../components/window-badge';
import { WhatsappShare } from '../components/whatsapp-share';

const routeApi = getRouteApi('/app/assignments/$assignmentId');
const IdSchema = z.uuid();

function AssignmentWork({ assignment }: { assignment: AssignmentDetail }) {
  const { t } = useI18n();
  const directive = useDirective(assignment.directiveId);
  const reports = useReports(assignment.id);
  const [sent, setSent] = useState(false);

  if (directive.isError || reports.isError) {
    return <Alert tone="error">{describeError(directive.error ?? reports.error, t)}</Alert>;
  }
  if (!directive.data || !reports.data) return <Spinner />;

  const metrics = directive.data.metrics;
  const latest = reports.data.at(-1);
  const canDecide = (assignment.abilities.verify || assignment.abilities.return) && latest?.decision === null;
  return (
    <div className="grid grid-cols-1 gap-5 lg:grid-cols-2">
      <div className="flex min-w-0 flex-col gap-5">
        <Card title={t('assignment.directive')} actions={<WhatsappShare assignment={assignment} metrics={metrics} values={latest?.values} />}>
          <p className="max-w-prose whitespace-pre-line text-slate-800">{directive.data.body}</p>
          <h3 className="mt-4 font-semibold text-navy-900">{t('directives.details.metrics')}</h3>
          <div className="mt-2">
            <MetricList metrics={metrics} />
          </div>
        </Card>
        {sent && <Alert tone="success">{t('report.form.sent')}</Alert>}
        {assignment.abilities.report && (
          <ReportForm
            key={latest?.id ?? 'first'}
            assignment={assignment}
            metrics={metrics}
            evidence={directive.data.evidence}
            latest={latest}
            serverDraft={assignment.draft}
            onSent={() => setSent(true)}
          />
        )}
        <RequestPanel assignment={assignment} />
      </div>
      <div className="flex min-w-0 flex-col gap-5">
        <ReportHistory
          reports={reports.data}
          metrics={metrics}
          timeZone={assignment.unitTimezone}
          latestActions={
            canDecide && latest && <DecisionPanel key={latest.id} assignment={assignment} report={latest} />
          }
        />
      </div>
    </div>
  );
}

export function AssignmentPage() {
  const { t, lang } = useI18n();
  const { assignmentId } = routeApi.useParams();
  const validId = IdSchema.safeParse(assignmentId).success;
  const assignment = useAssignment(assignmentId, validId);
  useDocumentTitle(assignment.data?.directiveTitle ?? t('nav.assignments'));

  if (!validId || isApiError(assignment.error, 404)) {
    return (
      <NotFoundNotice
        title={t('assignment.notFound.title')}
        body={t('assignment.notFound.body')}
        back={{ to: '/assignments', label: t('assignment.notFound.back') }}
      />
    );
  }
  if (assignment.isError) return <Alert tone="error">{describeError(assignment.error, t)}</Alert>;
  if (!assignment.data) return <Spinner />;

  const data = assignment.data;
  return (
    <>
      <Breadcrumb parent={{ to: '/assignments', label: t('nav.assignments') }} current={data.directiveTitle} />
      <PageHeader
        eyebrow={shortUnitName(data.unitName)}
        title={data.directiveTitle}
        description={t('assignments.due', { time: formatDateTime(data.dueAt, data.unitTimezone, lang) })}
      />
      <div className="-mt-2 mb-5 flex flex-wrap gap-2">
        <StatusBadge status={data.status} />
        {data.overdue && <OverdueBadge />}
        <WindowBadge assignment={data} />
      </div>
      <div className="-mt-3 mb-5">
        <WindowOpened assignment={data} />
      </div>
      <AssignmentWork assignment={data} />
    </>
  );
}
