import { useState } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { UPT_TYPES } from '@selaras/contracts';
import { Alert, CheckboxField, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useKanwilChoices } from '../api/list-kanwil';
import { inviteModeOf, type InviteMode, type MeetingFormInput } from './meeting-form-model';

type Props = { form: UseFormReturn<MeetingFormInput> };

function toggle(list: string[] | undefined, value: string, on: boolean): string[] {
  const rest = (list ?? []).filter((item) => item !== value);
  return on ? [...rest, value] : rest;
}

function KanwilChoices({ form }: Props) {
  const { t } = useI18n();
  const kanwil = useKanwilChoices();
  const chosen = useWatch({ control: form.control, name: 'target.kanwilIds' }) ?? [];
  if (kanwil.isPending) return <Spinner />;
  if (kanwil.isError) return <Alert tone="error">{describeError(kanwil.error, t)}</Alert>;
  return (
    <fieldset className="min-w-0">
      <legend className="text-sm font-medium text-slate-800">{t('meetings.form.kanwil')}</legend>
      <div className="mt-2 grid max-h-72 grid-cols-1 gap-2 overflow-y-auto rounded-md border border-slate-200 p-2 sm:grid-cols-2">
        {kanwil.data.map((option) => (
          <CheckboxField
            key={option.value}
            label={option.label}
            checked={chosen.includes(option.value)}
            onChange={(event) =>
              form.setValue('target.kanwilIds', toggle(chosen, option.value, event.target.checked), { shouldDirty: true })
            }
          />
        ))}
      </div>
    </fieldset>
  );
}

function TypeChoices({ form }: Props) {
  const { t } = useI18n();
  const chosen = useWatch({ control: form.control, name: 'target.types' }) ?? [];
  return (
    <fieldset className="min-w-0">
      <legend className="text-sm font-medium text-slate-800">{t('meetings.form.types')}</legend>
      <div className="mt-2 grid grid-cols-2 gap-2 lg:grid-cols-4">
        {UPT_TYPES.map((type) => (
          <CheckboxField
            key={type}
            label={t(`uptType.${type}`)}
            checked={chosen.includes(type)}
            onChange={(event) => form.setValue('target.types', toggle(chosen, type, event.target.checked) as typeof chosen, { shouldDirty: true })}
          />
        ))}
      </div>
    </fieldset>
  );
}

/** Who is invited: every UPT, the UPTs of chosen Kanwil, or UPTs of chosen types (the directive selector). */
export function InviteeFields({ form }: Props) {
  const { t } = useI18n();
  const target = useWatch({ control: form.control, name: 'target' });
  const [mode, setMode] = useState<InviteMode>(() => inviteModeOf(target));

  function choose(next: InviteMode) {
    setMode(next);
    form.setValue('target', { mode: 'filter', types: [], kanwilIds: [] }, { shouldDirty: true });
  }

  const modes: InviteMode[] = ['all', 'kanwil', 'types'];
  const labels: Record<InviteMode, 'meetings.form.inviteAll' | 'meetings.form.inviteKanwil' | 'meetings.form.inviteTypes'> = {
    all: 'meetings.form.inviteAll',
    kanwil: 'meetings.form.inviteKanwil',
    types: 'meetings.form.inviteTypes',
  };
  return (
    <fieldset className="flex min-w-0 flex-col gap-3">
      <legend className="mb-2 font-semibold text-navy-900">{t('meetings.form.invitees')}</legend>
      <div className="flex flex-col gap-2">
        {modes.map((value) => (
          <label key={value} className="flex items-center gap-3">
            <input
              type="radio"
              name="invite-mode"
              className="focus-ring size-5 accent-navy-800"
              checked={mode === value}
              onChange={() => choose(value)}
            />
            <span className="font-medium text-slate-800">{t(labels[value])}</span>
          </label>
        ))}
      </div>
      {mode === 'kanwil' && <KanwilChoices form={form} />}
      {mode === 'types' && <TypeChoices form={form} />}
    </fieldset>
  );
}
