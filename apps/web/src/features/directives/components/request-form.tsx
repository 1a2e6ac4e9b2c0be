import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  EXEMPTION_REASONS,
  EXTENSION_REASONS,
  type AssignmentDetail,
  type CreateAssignmentRequestBody,
  type RequestType,
  type TimeZone,
} from '@selaras/contracts';
import { Alert, Button, SelectField, TextareaField, TextField } from '@/components/ui';
import { applyServerErrors } from '@/lib/forms';
import { zoneAbbreviation } from '@/lib/format';
import { localizeContractMessage } from '@/lib/i18n/contract-messages';
import { useI18n } from '@/lib/i18n/i18n';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useCreateAssignmentRequest } from '../api/assignment-requests';

type RequestFormInput = { reasonCode: string; note: string; requestedLocal: string };

// Indonesia keeps no daylight saving: each zone is a fixed offset.
const OFFSETS: Record<TimeZone, string> = {
  'Asia/Jakarta': '+07:00',
  'Asia/Makassar': '+08:00',
  'Asia/Jayapura': '+09:00',
};

function toBody(type: RequestType, input: RequestFormInput, zone: TimeZone): CreateAssignmentRequestBody {
  const note = input.note.trim() || undefined;
  if (type === 'exemption') return { type, reasonCode: input.reasonCode as (typeof EXEMPTION_REASONS)[number], note };
  const requestedDueAt = input.requestedLocal ? `${input.requestedLocal}:00${OFFSETS[zone]}` : '';
  return { type, reasonCode: input.reasonCode as (typeof EXTENSION_REASONS)[number], note, requestedDueAt };
}

type RequestFormProps = { assignment: AssignmentDetail; type: RequestType; onDone: (sent: boolean) => void };

/** A unit asks for a later due time (in its own zone) or to be left out; what is typed survives a reload. */
export function RequestForm({ assignment, type, onDone }: RequestFormProps) {
  const { t, lang } = useI18n();
  const create = useCreateAssignmentRequest();
  const headingId = useId();
  const [failure, setFailure] = useState<string | null>(null);
  const draftKey = `requests.${assignment.id}.${type}`;
  const form = useForm<RequestFormInput>({
    defaultValues: loadDraft(draftKey, { reasonCode: '', note: '', requestedLocal: '' }),
  });
  useFormDraft(form, draftKey);
  const { errors } = form.formState;
  const reasons = type === 'extension' ? EXTENSION_REASONS : EXEMPTION_REASONS;
  const say = (message?: string) => (message ? localizeContractMessage(message, lang) : undefined);

  const onSubmit = form.handleSubmit(async (input) => {
    setFailure(null);
    try {
      await create.mutateAsync({ assignmentId: assignment.id, body: toBody(type, input, assignment.unitTimezone) });
      clearDraft(draftKey);
      onDone(true);
    } catch (error) {
      const fields = ['reasonCode', 'note', 'requestedLocal'] as const;
      const moved = applyServerErrors(error, form.setError, fields, t, {
        'directives.extension_not_later': 'requestedLocal',
      });
      setFailure(moved);
    }
  });

  return (
    <section aria-labelledby={headingId} className="mt-3 border-t border-slate-200 pt-3">
      <h3 id={headingId} className="font-semibold text-navy-900">
        {type === 'extension' ? t('request.form.extensionTitle') : t('request.form.exemptionTitle')}
      </h3>
      <form onSubmit={onSubmit} noValidate className="mt-3 flex flex-col gap-3">
        {failure && <Alert tone="error">{localizeContractMessage(failure, lang)}</Alert>}
        <SelectField
          label={t('request.form.reason')}
          required
          placeholder={t('report.choose')}
          options={reasons.map((value) => ({ value, label: t(`request.reason.${value}`) }))}
          error={errors.reasonCode ? t('validation.choose') : undefined}
          {...form.register('reasonCode', { required: true })}
        />
        {type === 'extension' && (
          <TextField
            type="datetime-local"
            label={t('request.form.newDue', { zone: zoneAbbreviation(assignment.unitTimezone) })}
            required
            error={errors.requestedLocal ? say(errors.requestedLocal.message) || t('validation.required') : undefined}
            {...form.register('requestedLocal', { required: true })}
          />
        )}
        <TextareaField
          label={t('request.form.note')}
          hint={t('request.form.noteHint')}
          rows={3}
          error={say(errors.note?.message)}
          {...form.register('note')}
        />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" busy={create.isPending}>
            {t('request.form.submit')}
          </Button>
          <Button variant="ghost" disabled={create.isPending} onClick={() => onDone(false)}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
