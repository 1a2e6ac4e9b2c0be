import { getRouteApi } from '@tanstack/react-router';
import { z } from 'zod';
import { Alert, PageHeader, Spinner } from '@/components/ui';
import { isApiError } from '@/lib/api-client';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useDirective } from '../api/get-directive';
import { Breadcrumb } from '../components/breadcrumb';
import { DirectiveDetailsCard } from '../components/directive-details-card';
import { AmendPanel } from '../components/amend-panel';
import { ExportLinks } from '../components/export-links';
import { IssuePanel } from '../components/issue-panel';
import { NotFoundNotice } from '../components/not-found-notice';
import { RollupSection } from '../components/rollup-section';
import { Badge } from '../components/status-badge';
import { VersionsCard } from '../components/versions-card';

const routeApi = getRouteApi('/app/directives/$directiveId');
const IdSchema = z.uuid();

export function DirectivePage() {
  const { t } = useI18n();
  const { directiveId } = routeApi.useParams();
  const validId = IdSchema.safeParse(directiveId).success;
  const directive = useDirective(directiveId, validId);
  useDocumentTitle(directive.data?.title ?? t('nav.directives'));

  if (!validId || isApiError(directive.error, 404)) {
    return (
      <NotFoundNotice
        title={t('directives.notFound.title')}
        body={t('directives.notFound.body')}
        back={{ to: '/directives', label: t('directives.notFound.back') }}
      />
    );
  }
  if (directive.isError) return <Alert tone="error">{describeError(directive.error, t)}</Alert>;
  if (!directive.data) return <Spinner />;

  const data = directive.data;
  return (
    <>
      <Breadcrumb parent={{ to: '/directives', label: t('nav.directives') }} current={data.title} />
      <PageHeader
        eyebrow={
          <Badge tone={data.status === 'issued' ? 'teal' : 'slate'}>{t(`directiveStatus.${data.status}`)}</Badge>
        }
        title={data.title}
        description={data.reference ?? undefined}
        actions={data.status === 'issued' ? <ExportLinks filter={{ directiveId: data.id }} reportOf={data.id} /> : undefined}
      />
      <div className="flex flex-col gap-5">
        {data.abilities.issue && <IssuePanel directive={data} />}
        {data.status === 'issued' && <RollupSection directive={data} />}
        <DirectiveDetailsCard directive={data} />
        {data.abilities.amend && <AmendPanel key={data.id} directive={data} />}
        {data.status === 'issued' && <VersionsCard directiveId={data.id} />}
      </div>
    </>
  );
}
