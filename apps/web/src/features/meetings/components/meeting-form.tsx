import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { CreateMeetingBodySchema, MEETING_MODES, TIME_ZONES, type Meeting } from '@selaras/contracts';
import type { z } from 'zod';
import { Alert, Button, SelectField, TextareaField, TextField } from '@/components/ui';
import { emptyToUndefined } from '@/lib/form-values';
import { applyServerErrors, resolverOptions } from '@/lib/forms';
import { describeTimeZone } from '@/lib/format';
import { localizeContractMessage } from '@/lib/i18n/contract-messages';
import { useI18n } from '@/lib/i18n/i18n';
import { useMe } from '@/lib/me';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useCreateMeeting } from '../api/create-meeting';
import { useChairOptions } from '../api/list-chair-options';
import { InviteeFields } from './invitee-fields';
import { DRAFT_KEY, emptyMeeting, SERVER_FIELDS, toOptionalInteger, type MeetingFormInput } from './meeting-form-model';

/** A new meeting; what is typed survives a reload until it is saved. */
export function MeetingForm({ onCreated }: { onCreated: (meeting: Meeting) => void }) {
  const { t, lang } = useI18n();
  const me = useMe();
  const createMeeting = useCreateMeeting();
  const chairs = useChairOptions();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<MeetingFormInput, unknown, z.output<typeof CreateMeetingBodySchema>>({
    resolver: zodResolver(CreateMeetingBodySchema, resolverOptions),
    defaultValues: loadDraft(DRAFT_KEY, emptyMeeting(me.position.unitTimezone)),
  });
  useFormDraft(form, DRAFT_KEY);
  const { errors } = form.formState;
  const mode = useWatch({ control: form.control, name: 'mode' });
  const say = (message?: string) => (message ? localizeContractMessage(message, lang) : undefined);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const meeting = await createMeeting.mutateAsync(values);
      clearDraft(DRAFT_KEY);
      onCreated(meeting);
    } catch (error) {
      setFailure(applyServerErrors(error, form.setError, SERVER_FIELDS, t));
    }
  });

  const chairOptions = (chairs.data ?? []).map((c) => ({ value: c.positionId, label: `${c.title} (${c.holderName})` }));
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {failure && <Alert tone="error">{failure}</Alert>}
      <div className="grid min-w-0 grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField label={t('meetings.form.title')} required fieldClassName="sm:col-span-2" error={say(errors.title?.message)} {...form.register('title')} />
        <TextField label={t('meetings.form.start')} type="datetime-local" required error={say(errors.startLocal?.message)} {...form.register('startLocal')} />
        <SelectField
          label={t('meetings.form.timezone')}
          required
          options={TIME_ZONES.map((zone) => ({ value: zone, label: describeTimeZone(zone) }))}
          error={say(errors.timezone?.message)}
          {...form.register('timezone')}
        />
        <TextField
          label={t('meetings.form.duration')}
          type="number"
          inputMode="numeric"
          min={15}
          max={720}
          required
          error={say(errors.durationMinutes?.message ?? errors.endLocal?.message)}
          {...form.register('durationMinutes', { setValueAs: toOptionalInteger })}
        />
        <SelectField
          label={t('meetings.form.mode')}
          required
          options={MEETING_MODES.map((value) => ({ value, label: t(`meetingMode.${value}`) }))}
          error={say(errors.mode?.message)}
          {...form.register('mode')}
        />
        <TextField
          label={t('meetings.form.link')}
          type="url"
          required={mode !== 'in_person'}
          hint={t('meetings.form.linkHint')}
          fieldClassName="sm:col-span-2"
          error={say(errors.link?.message)}
          {...form.register('link', { setValueAs: emptyToUndefined })}
        />
        <TextField label={t('meetings.form.location')} error={say(errors.location?.message)} {...form.register('location', { setValueAs: emptyToUndefined })} />
        <SelectField
          label={t('meetings.form.chair')}
          required
          placeholder={chairs.isPending ? t('meetings.form.chairLoading') : '—'}
          options={chairOptions}
          error={say(errors.chairPositionId?.message)}
          {...form.register('chairPositionId')}
        />
        <TextareaField
          label={t('meetings.form.agenda')}
          rows={4}
          fieldClassName="sm:col-span-2"
          error={say(errors.agenda?.message)}
          {...form.register('agenda', { setValueAs: emptyToUndefined })}
        />
      </div>
      <div className="border-t border-slate-200 pt-5">
        <InviteeFields form={form} />
        {errors.target && <p className="mt-2 text-sm font-medium text-red-700">{say(errors.target.message)}</p>}
      </div>
      <div className="border-t border-slate-200 pt-5">
        <Button type="submit" busy={createMeeting.isPending}>
          {t('meetings.form.save')}
        </Button>
      </div>
    </form>
  );
}
