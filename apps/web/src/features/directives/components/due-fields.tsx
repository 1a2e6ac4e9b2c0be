import { Controller, type UseFormReturn } from 'react-hook-form';
import { TIME_ZONES } from '@selaras/contracts';
import { SelectField, TextField } from '@/components/ui';
import { describeTimeZone } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import type { DirectiveFormInput } from './directive-form-model';

type DueFieldsProps = { form: UseFormReturn<DirectiveFormInput>; say: (message?: string) => string | undefined };

/** Date and time as people say them ("9 Sep, 10.00") plus the clock they are read on. */
export function DueFields({ form, say }: DueFieldsProps) {
  const { t } = useI18n();
  const zoneError = say(form.formState.errors.due?.zone?.message);
  return (
    <fieldset className="grid min-w-0 grid-cols-1 gap-4 sm:grid-cols-3">
      <legend className="mb-2 font-semibold text-navy-900">{t('directives.form.due')}</legend>
      <Controller
        control={form.control}
        name="due.local"
        render={({ field, fieldState }) => {
          const [date = '', time = ''] = field.value.split('T');
          const error = say(fieldState.error?.message);
          // A missing part is named on its own field; any other problem belongs to the date.
          const dateError = error && (!date ? t('validation.required') : time ? error : undefined);
          const timeError = error && date && !time ? t('validation.required') : undefined;
          return (
            <>
              <TextField
                label={t('directives.form.dueDate')}
                type="date"
                required
                value={date}
                onChange={(event) => field.onChange(`${event.target.value}T${time}`)}
                onBlur={field.onBlur}
                error={dateError}
              />
              <TextField
                label={t('directives.form.dueTime')}
                type="time"
                required
                value={time}
                onChange={(event) => field.onChange(`${date}T${event.target.value}`)}
                onBlur={field.onBlur}
                error={timeError}
              />
            </>
          );
        }}
      />
      <SelectField
        label={t('directives.form.dueZone')}
        required
        hint={t('directives.form.dueZoneHint')}
        error={zoneError}
        options={[
          { value: 'unit', label: t('directives.due.unitZone') },
          ...TIME_ZONES.map((zone) => ({ value: zone, label: describeTimeZone(zone) })),
        ]}
        {...form.register('due.zone')}
      />
    </fieldset>
  );
}
