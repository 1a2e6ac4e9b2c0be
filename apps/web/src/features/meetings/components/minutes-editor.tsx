import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { SaveMinutesBodySchema, type Meeting, type SaveMinutesBody } from '@selaras/contracts';
import { Alert, Button, TextareaField, TextField } from '@/components/ui';
import { applyServerErrors, resolverOptions } from '@/lib/forms';
import { localizeContractMessage } from '@/lib/i18n/contract-messages';
import { useI18n } from '@/lib/i18n/i18n';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useSaveMinutes } from '../api/save-minutes';

function fromMeeting(meeting: Meeting): SaveMinutesBody {
  return { text: meeting.minutes.text, decisions: meeting.minutes.decisions.map((d) => ({ title: d.title, body: d.body })) };
}

/** The organiser's minutes: text and decisions; unsaved typing survives a reload. */
export function MinutesEditor({ meeting }: { meeting: Meeting }) {
  const { t, lang } = useI18n();
  const draftKey = `meetings.minutes.${meeting.id}`;
  const save = useSaveMinutes();
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<SaveMinutesBody>({
    resolver: zodResolver(SaveMinutesBodySchema, resolverOptions),
    defaultValues: loadDraft(draftKey, fromMeeting(meeting)),
  });
  useFormDraft(form, draftKey);
  const decisions = useFieldArray({ control: form.control, name: 'decisions' });
  const { errors } = form.formState;
  const say = (message?: string) => (message ? localizeContractMessage(message, lang) : undefined);

  const onSubmit = form.handleSubmit(async (body) => {
    setFailure(null);
    setSaved(false);
    try {
      const updated = await save.mutateAsync({ meetingId: meeting.id, body });
      form.reset(fromMeeting(updated));
      clearDraft(draftKey);
      setSaved(true);
    } catch (error) {
      setFailure(applyServerErrors(error, form.setError, ['text', 'decisions'], t));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {failure && <Alert tone="error">{failure}</Alert>}
      {saved && <Alert tone="success">{t('meetings.minutes.saved')}</Alert>}
      <TextareaField label={t('meetings.minutes.text')} rows={6} error={say(errors.text?.message)} {...form.register('text')} />
      {decisions.fields.map((field, index) => (
        <fieldset key={field.id} className="flex min-w-0 flex-col gap-2 rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold text-navy-900">{`${t('meetings.minutes.decisions')} ${index + 1}`}</legend>
          <TextField
            label={t('meetings.minutes.decisionTitle', { n: index + 1 })}
            required
            error={say(errors.decisions?.[index]?.title?.message)}
            {...form.register(`decisions.${index}.title`)}
          />
          <TextareaField
            label={t('meetings.minutes.decisionBody', { n: index + 1 })}
            required
            rows={3}
            error={say(errors.decisions?.[index]?.body?.message)}
            {...form.register(`decisions.${index}.body`)}
          />
          <div>
            <Button type="button" size="sm" variant="ghost" onClick={() => decisions.remove(index)}>
              {t('meetings.minutes.removeDecision', { n: index + 1 })}
            </Button>
          </div>
        </fieldset>
      ))}
      <div className="flex flex-wrap gap-3">
        <Button type="button" variant="secondary" onClick={() => decisions.append({ title: '', body: '' })}>
          {t('meetings.minutes.addDecision')}
        </Button>
        <Button type="submit" busy={save.isPending}>
          {t('meetings.minutes.save')}
        </Button>
      </div>
    </form>
  );
}
