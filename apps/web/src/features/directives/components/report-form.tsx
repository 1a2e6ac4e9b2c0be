import { useCallback, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Assignment, Directive, Metric, Problem, Report, ReportDraft, StoredFile, SubmitReportBody } from '@selaras/contracts';
import type { OutboxItem } from '@/lib/outbox/outbox';
import { Alert, Button, Card, TextareaField } from '@/components/ui';
import { ApiError } from '@/lib/api-client';
import { applyServerErrors, resolverOptions } from '@/lib/forms';
import { formatDateTime } from '@/lib/format';
import { localizeContractMessage } from '@/lib/i18n/contract-messages';
import { useI18n } from '@/lib/i18n/i18n';
import { clearDraft, loadDraft, storeDraft, useFormDraft } from '@/lib/use-form-draft';
import { useSaveReportDraft } from '../api/save-draft';
import { queueReport, type PendingFile } from '../api/submit-report';
import { EvidencePicker } from './evidence-picker';
import { MetricInput } from './metric-input';
import { PendingFiles } from './pending-files';
import { RefusedReportNotice } from './refused-report-notice';
import { QueuedNotice } from './queued-notice';
import {
  draftBody,
  initialReport,
  reportDraftKey,
  reportFields,
  reportFormSchema,
  ReportFormInputSchema,
  type ReportFormInput,
} from './report-form-model';
import { useQueuedReport } from './use-queued-report';

type ReportFormProps = {
  assignment: Assignment;
  metrics: Metric[];
  evidence: Directive['evidence'];
  latest: Report | undefined;
  /** The draft saved on the server, newer than the latest report. */
  serverDraft?: ReportDraft | null;
  onSent: () => void;
};

/** The follow-up report, made from the directive's metrics; what is typed is kept until it is sent. */
export function ReportForm({ assignment, metrics, evidence, latest, serverDraft, onSent }: ReportFormProps) {
  const { t, lang } = useI18n();
  const saveDraft = useSaveReportDraft();
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const draftKey = reportDraftKey(assignment.id);
  const schema = useMemo(() => reportFormSchema(metrics, t), [metrics, t]);
  const form = useForm<ReportFormInput, unknown, SubmitReportBody>({
    resolver: zodResolver(schema, resolverOptions),
    defaultValues: loadDraft(draftKey, initialReport(metrics, serverDraft ?? latest, lang)),
  });
  useFormDraft(form, draftKey);
  const { errors } = form.formState;
  const say = (message?: string) => (message ? localizeContractMessage(message, lang) : undefined);
  const returned = latest?.decision === 'returned' ? latest : undefined;
  const attachments = form.watch('attachments');
  const setAttachments = (next: StoredFile[]) => form.setValue('attachments', next, { shouldDirty: true });
  const addAttachment = (file: StoredFile) => {
    const current = form.getValues('attachments');
    if (!current.some((f) => f.id === file.id)) setAttachments([...current, file]);
  };

  const [pendingFiles, setPendingFiles] = useState<PendingFile[]>([]);
  const [queueing, setQueueing] = useState(false);
  const onRefused = useCallback(
    (problem: Problem | undefined) => {
      storeDraft(draftKey, form.getValues());
      const error = problem ? new ApiError(problem) : new Error('refused');
      setFailure(applyServerErrors(error, form.setError, reportFields(metrics), t));
    },
    [draftKey, form, metrics, t],
  );
  const queued = useQueuedReport(assignment.id, { onSent, onRefused });
  const sending = queueing || (queued.unsent !== undefined && queued.unsent.attempts === 0 && navigator.onLine);

  const onSubmit = form.handleSubmit(async (body) => {
    setFailure(null);
    setQueueing(true);
    try {
      const label = t('outbox.report.label', { title: assignment.directiveTitle });
      queued.track(await queueReport({ assignmentId: assignment.id, label, body, pendingFiles, draft: form.getValues() }));
      // Only once the report is safely on the device is the draft let go.
      clearDraft(draftKey);
    } catch (error) {
      setFailure(applyServerErrors(error, form.setError, reportFields(metrics), t));
    } finally {
      setQueueing(false);
    }
  });

  /** Puts a refused report back on the form with the server's reason; the outbox copy is then let go. */
  function restore(item: OutboxItem) {
    const draft = ReportFormInputSchema.safeParse(item.draft);
    const files = item.files ?? [];
    const uploaded = files.flatMap((file) => (file.stored ? [file.stored] : []));
    if (draft.success) form.reset({ ...draft.data, attachments: [...draft.data.attachments, ...uploaded] });
    setPendingFiles(files.filter((file) => !file.stored).map(({ key, blob, name }) => ({ key, file: new File([blob], name, { type: blob.type }) })));
    onRefused(item.problem);
    void queued.discard(item.id);
  }

  async function onSaveDraft() {
    setFailure(null);
    try {
      const saved = await saveDraft.mutateAsync({ assignmentId: assignment.id, body: draftBody(form.getValues()) });
      setSavedAt(saved.savedAt);
    } catch (error) {
      setFailure(applyServerErrors(error, form.setError, reportFields(metrics), t));
    }
  }

  return (
    <Card title={returned ? t('report.form.titleAgain') : t('report.form.title')}>
      {returned && (
        <Alert tone="warning" title={t('report.form.returned')} className="mb-4">
          {returned.decisionReason}
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        {queued.refused && !queued.unsent && <RefusedReportNotice item={queued.refused} onRestore={restore} />}
        {failure && <Alert tone="error">{localizeContractMessage(failure, lang)}</Alert>}
        {metrics.length > 0 && (
          <fieldset className="flex min-w-0 flex-col gap-4">
            <legend className="mb-1 font-semibold text-navy-900">{t('report.form.values')}</legend>
            {metrics.map((metric) => (
              <MetricInput
                key={metric.key}
                metric={metric}
                form={form}
                error={say(errors.values?.[metric.key]?.message)}
              />
            ))}
          </fieldset>
        )}
        <TextareaField
          label={t('report.form.narrative')}
          hint={t('report.form.narrativeHint')}
          required
          rows={5}
          error={say(errors.narrative?.message)}
          {...form.register('narrative')}
        />
        <EvidencePicker
          value={attachments}
          rules={evidence}
          onAdd={addAttachment}
          onRemove={(id) => setAttachments(form.getValues('attachments').filter((f) => f.id !== id))}
          error={say(errors.attachments?.message)}
          onUploadOffline={(file) => setPendingFiles((all) => [...all, { key: `${Date.now()}.${all.length}.${file.name}`, file }])}
        />
        <PendingFiles files={pendingFiles} onRemove={(key) => setPendingFiles((all) => all.filter((f) => f.key !== key))} />
        <p className="text-sm text-slate-600">{t('report.form.kept')}</p>
        {queued.unsent && !sending && <QueuedNotice item={queued.unsent} />}
        {savedAt && (
          <p role="status" className="text-sm text-teal-900">
            {t('report.form.draftSaved', { time: formatDateTime(savedAt, assignment.unitTimezone, lang) })}
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" busy={sending} disabled={saveDraft.isPending || queued.unsent !== undefined}>
            {t('report.form.submit')}
          </Button>
          <Button
            variant="ghost"
            busy={saveDraft.isPending}
            disabled={sending}
            onClick={() => void onSaveDraft()}
          >
            {t('report.form.saveDraft')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
