import { Controller, type UseFormReturn } from 'react-hook-form';
import { MAX_WINDOWS, type Recurrence } from '@selaras/contracts';
import { ListInput } from '@/components/list-input';
import { SelectField, TextField } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import type { DirectiveFormInput } from './directive-form-model';

type RecurrenceFieldsProps = { form: UseFormReturn<DirectiveFormInput>; say: (message?: string) => string | undefined };
type Kind = Recurrence['kind'];
type EditorProps<R extends Recurrence> = { value: R; onChange: (next: Recurrence) => void; onBlur: () => void };

const KINDS: Kind[] = ['none', 'weekly', 'monthly', 'custom'];
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const DAYS = Array.from({ length: 28 }, (_, i) => i + 1);

/** What a change of kind starts from: four weekly reports on Monday, three monthly on the last day. */
export function recurrenceOfKind(kind: Kind): Recurrence {
  if (kind === 'weekly') return { kind, weekday: 1, count: 4 };
  if (kind === 'monthly') return { kind, dayOfMonth: 'last', count: 3 };
  if (kind === 'custom') return { kind, dueDates: [] };
  return { kind: 'none' };
}

/** The first message under a field, however deep (the count, one of the dates …). */
function firstMessage(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  if ('message' in error && typeof error.message === 'string' && error.message) return error.message;
  for (const value of Object.values(error)) {
    const found = firstMessage(value);
    if (found) return found;
  }
  return undefined;
}

/** How many reports; an empty box stays empty (NaN) so the schema names it. */
function CountField({ value, onChange, onBlur }: EditorProps<Extract<Recurrence, { count: number }>>) {
  const { t } = useI18n();
  return (
    <TextField
      label={t('recurrence.count')}
      hint={t('recurrence.countHint', { max: MAX_WINDOWS })}
      type="number"
      inputMode="numeric"
      min={1}
      max={MAX_WINDOWS}
      required
      value={Number.isNaN(value.count) ? '' : String(value.count)}
      onChange={(event) => onChange({ ...value, count: event.target.value.trim() === '' ? Number.NaN : Number(event.target.value) })}
      onBlur={onBlur}
    />
  );
}

function WeeklyFields(props: EditorProps<Extract<Recurrence, { kind: 'weekly' }>>) {
  const { t } = useI18n();
  const { value, onChange } = props;
  return (
    <>
      <SelectField
        label={t('recurrence.weekday')}
        value={String(value.weekday)}
        options={WEEKDAYS.map((day) => ({ value: String(day), label: t(`weekday.${day}`) }))}
        onChange={(event) => onChange({ ...value, weekday: Number(event.target.value) })}
      />
      <CountField {...props} />
    </>
  );
}

function MonthlyFields(props: EditorProps<Extract<Recurrence, { kind: 'monthly' }>>) {
  const { t } = useI18n();
  const { value, onChange } = props;
  const days = [...DAYS.map((day) => ({ value: String(day), label: String(day) })), { value: 'last', label: t('recurrence.lastDay') }];
  return (
    <>
      <SelectField
        label={t('recurrence.dayOfMonth')}
        value={String(value.dayOfMonth)}
        options={days}
        onChange={(event) => onChange({ ...value, dayOfMonth: event.target.value === 'last' ? 'last' : Number(event.target.value) })}
      />
      <CountField {...props} />
    </>
  );
}

function CustomDates({ value, onChange, onBlur }: EditorProps<Extract<Recurrence, { kind: 'custom' }>>) {
  const { t } = useI18n();
  return (
    <div className="sm:col-span-2">
      <ListInput
        label={t('recurrence.dueDates')}
        hint={t('recurrence.dueDatesHint')}
        separator="comma"
        required
        value={value.dueDates}
        onChange={(dueDates) => onChange({ ...value, dueDates })}
        onBlur={onBlur}
      />
    </div>
  );
}

/** Recurring reporting windows: each window is due at the due time, on the days chosen here. */
export function RecurrenceFields({ form, say }: RecurrenceFieldsProps) {
  const { t } = useI18n();
  return (
    <Controller
      control={form.control}
      name="recurrence"
      render={({ field, fieldState }) => {
        const value: Recurrence = field.value ?? { kind: 'none' };
        const editor = { onChange: field.onChange, onBlur: field.onBlur };
        return (
          <fieldset className="grid min-w-0 grid-cols-1 gap-4 sm:grid-cols-3">
            <legend className="mb-2 font-semibold text-navy-900">{t('recurrence.title')}</legend>
            <SelectField
              label={t('recurrence.kind')}
              hint={t(`recurrence.hint.${value.kind}`)}
              value={value.kind}
              error={say(firstMessage(fieldState.error))}
              options={KINDS.map((kind) => ({ value: kind, label: t(`recurrence.kind.${kind}`) }))}
              onChange={(event) => field.onChange(recurrenceOfKind(event.target.value as Kind))}
              onBlur={field.onBlur}
            />
            {value.kind === 'weekly' && <WeeklyFields value={value} {...editor} />}
            {value.kind === 'monthly' && <MonthlyFields value={value} {...editor} />}
            {value.kind === 'custom' && <CustomDates value={value} {...editor} />}
          </fieldset>
        );
      }}
    />
  );
}
