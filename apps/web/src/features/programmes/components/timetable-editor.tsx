import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { Button, SelectField, TextField } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import type { ProgrammeFormOutput, ProgrammeFormValues } from './programme-form-model';
import { weekdayLabel } from './labels';

type TimetableEditorProps = {
  form: UseFormReturn<ProgrammeFormValues, unknown, ProgrammeFormOutput>;
  zone: string;
  say: (message?: string) => string | undefined;
};

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/** Rows of weekday + start + end, in the unit's local time; each row stacks on a phone. */
export function TimetableEditor({ form, zone, say }: TimetableEditorProps) {
  const { t } = useI18n();
  const slots = useFieldArray({ control: form.control, name: 'timetable' });
  const errors = form.formState.errors.timetable;
  return (
    <fieldset className="flex min-w-0 flex-col gap-3">
      <legend className="mb-1 font-semibold text-navy-900">{t('programmes.form.timetable', { zone })}</legend>
      {errors?.root?.message && <p className="text-sm text-red-700">{say(errors.root.message)}</p>}
      {errors?.message && <p className="text-sm text-red-700">{say(errors.message)}</p>}
      <ol className="flex flex-col gap-3">
        {slots.fields.map((slot, i) => (
          <li key={slot.id} className="rounded-md border border-slate-200 p-3" aria-label={t('programmes.form.slot', { n: i + 1 })}>
            <div className="grid min-w-0 grid-cols-1 gap-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
              <SelectField
                label={t('programmes.form.weekday')}
                options={WEEKDAYS.map((d) => ({ value: String(d), label: t(weekdayLabel(d)) }))}
                error={say(errors?.[i]?.weekday?.message)}
                {...form.register(`timetable.${i}.weekday`)}
              />
              <TextField type="time" label={t('programmes.form.start')} required error={say(errors?.[i]?.start?.message ?? errors?.[i]?.message)} {...form.register(`timetable.${i}.start`)} />
              <TextField type="time" label={t('programmes.form.end')} required error={say(errors?.[i]?.end?.message)} {...form.register(`timetable.${i}.end`)} />
              <Button type="button" variant="ghost" size="sm" disabled={slots.fields.length <= 1} onClick={() => slots.remove(i)}>
                {t('programmes.form.removeSlot', { n: i + 1 })}
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <div>
        <Button type="button" variant="secondary" size="sm" disabled={slots.fields.length >= 21} onClick={() => slots.append({ weekday: '1', start: '08:00', end: '10:00' })}>
          {t('programmes.form.addSlot')}
        </Button>
      </div>
    </fieldset>
  );
}
