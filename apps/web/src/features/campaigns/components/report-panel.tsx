import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from '@tanstack/react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { SubmitCampaignReportBodySchema, type Site } from '@selaras/contracts';
import { Alert, Button, Card, TextareaField } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { resolverOptions } from '@/lib/forms';
import { idempotencyKeyFor, settleIdempotencyKey } from '@/lib/idempotency-key';
import { localizeContractMessage } from '@/lib/i18n/contract-messages';
import { useI18n } from '@/lib/i18n/i18n';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useOwnAssignment } from '../api/get-own-assignment';
import { useSubmitCampaignReport } from '../api/reports';

const NarrativeSchema = SubmitCampaignReportBodySchema.pick({ narrative: true });
type NarrativeInput = { narrative: string };

/** "Kirim laporan": the unit's sites summed into one report for its verifier (`unitId`: sent by its Kanwil). */
export function ReportPanel({
  campaignId,
  directiveId,
  sites,
  unitId,
}: {
  campaignId: string;
  directiveId: string;
  sites: Site[];
  unitId?: string;
}) {
  const { t, lang } = useI18n();
  const draftKey = unitId ? `campaigns.report.${campaignId}.${unitId}` : `campaigns.report.${campaignId}`;
  const submit = useSubmitCampaignReport(campaignId);
  const [sent, setSent] = useState(false);
  const form = useForm<NarrativeInput>({
    resolver: zodResolver(NarrativeSchema, resolverOptions),
    defaultValues: loadDraft(draftKey, { narrative: '' }),
  });
  useFormDraft(form, draftKey);
  const waiting = sites.find((site) => site.status === 'dilaporkan' || site.status === 'terverifikasi');
  const returned = sites.some((site) => site.status === 'dikembalikan');
  // The return reason sits on the unit's own follow-up page, which only the unit opens.
  const assignment = useOwnAssignment(campaignId, directiveId, returned && !unitId);
  const withoutResults = sites.filter((site) => !site.results || Object.keys(site.results).length === 0);
  const withoutPhotos = sites.filter((site) => !site.photos.some((photo) => photo.phase === 'acara'));
  const say = (message?: string) => (message ? localizeContractMessage(message, lang) : undefined);

  const onSubmit = form.handleSubmit(async ({ narrative }) => {
    setSent(false);
    const scope = unitId ? `campaign-report:${campaignId}:${unitId}` : `campaign-report:${campaignId}`;
    const idempotencyKey = idempotencyKeyFor(scope, { narrative });
    try {
      await submit.mutateAsync({ narrative, idempotencyKey, unitId });
      settleIdempotencyKey(scope);
      clearDraft(draftKey);
      form.reset({ narrative: '' });
      setSent(true);
    } catch (error) {
      settleIdempotencyKey(scope, error);
    }
  });

  return (
    <Card title={t('campaigns.report.heading')}>
      {sent && <Alert tone="success">{t('campaigns.report.sent')}</Alert>}
      {waiting && !sent && (
        <Alert tone={waiting.status === 'terverifikasi' ? 'success' : 'info'}>
          {t(waiting.status === 'terverifikasi' ? 'campaigns.report.verified' : 'campaigns.report.waiting')}
        </Alert>
      )}
      {returned && (
        <Alert tone="warning" className="mb-3">
          {t('campaigns.report.returned')}{' '}
          {assignment.data && (
            <Link
              to="/assignments/$assignmentId"
              params={{ assignmentId: assignment.data.id }}
              className="font-medium underline"
            >
              {t('campaigns.report.returnedLink')}
            </Link>
          )}
        </Alert>
      )}
      {!waiting && (
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
          <p className="text-sm text-slate-700">{t('campaigns.report.hint', { count: sites.length })}</p>
          {withoutResults.length > 0 && (
            <Alert tone="warning">
              {t('campaigns.report.noResults', { sites: withoutResults.map((s) => s.name).join(', ') })}
            </Alert>
          )}
          {withoutPhotos.length > 0 && (
            <Alert tone="warning">
              {t('campaigns.report.noPhotos', { sites: withoutPhotos.map((s) => s.name).join(', ') })}
            </Alert>
          )}
          <TextareaField
            label={t('campaigns.report.narrative')}
            required
            rows={3}
            error={say(form.formState.errors.narrative?.message)}
            {...form.register('narrative')}
          />
          {submit.isError && <Alert tone="error">{describeError(submit.error, t)}</Alert>}
          <div>
            <Button type="submit" busy={submit.isPending} disabled={sites.length === 0}>
              {t('campaigns.report.submit')}
            </Button>
          </div>
        </form>
      )}
    </Card>
  );
}
