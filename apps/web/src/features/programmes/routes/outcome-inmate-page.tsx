import { useState } from 'react';
import { getRouteApi } from '@tanstack/react-router';
import { Alert, Button, Card, PageHeader, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useInmateSummary } from '../api/outcome-get-summary';
import { OutcomeCertificates } from '../components/outcome-certificates';
import { OutcomeExports, OutcomeIdentity, OutcomeProgrammes, OutcomeTotals } from '../components/outcome-summary-view';

const routeApi = getRouteApi('/app/pembinaan/warga-binaan/$inmateId');

/** One inmate's rehabilitation record: programmes, hours, certificates, and the TPP evidence downloads. */
export function OutcomeInmatePage() {
  const { t } = useI18n();
  const { inmateId } = routeApi.useParams();
  const [names, setNames] = useState(false);
  const summary = useInmateSummary(inmateId, names);
  useDocumentTitle(t('outcomes.title'));
  const data = summary.data;

  return (
    <>
      <PageHeader
        title={t('outcomes.title')}
        eyebrow={data?.pseudonym}
        description={t('outcomes.description')}
        actions={<OutcomeExports inmateId={inmateId} />}
      />
      {summary.isPending && <Spinner />}
      {summary.isError && <Alert tone="error">{describeError(summary.error, t)}</Alert>}
      {data && (
        <div className="flex flex-col gap-5" aria-busy={summary.isFetching}>
          <Card>
            <OutcomeIdentity summary={data} />
            {data.abilities.readNames && !names && (
              <div className="mt-4 flex flex-col gap-2">
                <Alert tone="warning">{t('outcomes.nameNotice')}</Alert>
                <div>
                  <Button variant="secondary" onClick={() => setNames(true)}>
                    {t('outcomes.showName')}
                  </Button>
                </div>
              </div>
            )}
          </Card>
          <OutcomeTotals summary={data} />
          <OutcomeProgrammes summary={data} />
          <OutcomeCertificates summary={data} />
        </div>
      )}
    </>
  );
}
