import { Controller, useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import { METRIC_TYPES } from '@selaras/contracts';
import { Button, SelectField, TextField } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import {
  EMPTY_METRIC,
  emptyToUndefined,
  keyFromName,
  toOptionalNumber,
  type DirectiveFormInput,
} from './directive-form-model';
import { ListInput } from './list-input';

const ROLLUPS = ['sum', 'avg', 'count'] as const;
const MAX_METRICS = 20;

type EditorProps = { form: UseFormReturn<DirectiveFormInput>; say: (message?: string) => string | undefined };
type MetricRowProps = EditorProps & { index: number; onRemove: () => void };

function MetricRow({ form, say, index, onRemove }: MetricRowProps) {
  const { t } = useI18n();
  const type = useWatch({ control: form.control, name: `metrics.${index}.type` });
  const key = useWatch({ control: form.control, name: `metrics.${index}.key` });
  const errors = form.formState.errors.metrics?.[index];
  const name = form.register(`metrics.${index}.name`);
  const typeField = form.register(`metrics.${index}.type`);
  const number = t('directives.metric.number', { number: index + 1 });

  return (
    <li className="rounded-md border border-slate-200 p-3">
      <fieldset className="grid min-w-0 grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <legend className="font-medium text-navy-900">{number}</legend>
        <TextField
          label={t('directives.metric.name')}
          required
          error={say(errors?.name?.message)}
          {...name}
          onBlur={async (event) => {
            await name.onBlur(event);
            // A key is made from the name until the author writes one.
            if (!form.getValues(`metrics.${index}.key`)) {
              form.setValue(`metrics.${index}.key`, keyFromName(event.target.value), { shouldDirty: true });
            }
          }}
        />
        <TextField
          label={t('directives.metric.key')}
          required
          autoCapitalize="none"
          spellCheck={false}
          hint={t('directives.metric.keyHint')}
          error={errors?.key && !key ? t('validation.required') : say(errors?.key?.message)}
          {...form.register(`metrics.${index}.key`)}
        />
        <TextField
          label={t('directives.metric.unit')}
          hint={t('directives.metric.unitHint')}
          error={say(errors?.unit?.message)}
          {...form.register(`metrics.${index}.unit`, { setValueAs: emptyToUndefined })}
        />
        <SelectField
          label={t('directives.metric.type')}
          required
          options={METRIC_TYPES.map((value) => ({ value, label: t(`metricType.${value}`) }))}
          error={say(errors?.type?.message)}
          {...typeField}
          onChange={async (event) => {
            await typeField.onChange(event);
            if (event.target.value !== 'choice') form.setValue(`metrics.${index}.choices`, undefined);
          }}
        />
        <TextField
          label={t('directives.metric.target')}
          inputMode="decimal"
          hint={t('directives.metric.targetHint')}
          error={say(errors?.targetPerUnit?.message)}
          {...form.register(`metrics.${index}.targetPerUnit`, { setValueAs: toOptionalNumber })}
        />
        <SelectField
          label={t('directives.metric.rollup')}
          required
          options={ROLLUPS.map((value) => ({ value, label: t(`metricRollup.${value}`) }))}
          error={say(errors?.rollup?.message)}
          {...form.register(`metrics.${index}.rollup`)}
        />
        {type === 'choice' && (
          <Controller
            control={form.control}
            name={`metrics.${index}.choices`}
            render={({ field, fieldState }) => (
              <div className="sm:col-span-2 lg:col-span-3">
                <ListInput
                  label={t('directives.metric.choices')}
                  required
                  hint={t('directives.metric.choicesHint')}
                  separator="line"
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={say(fieldState.error?.message ?? errors?.choices?.root?.message)}
                />
              </div>
            )}
          />
        )}
      </fieldset>
      <div className="mt-3">
        <Button
          variant="danger"
          size="sm"
          onClick={onRemove}
          aria-label={t('directives.metric.removeNamed', { name: number })}
        >
          {t('directives.metric.remove')}
        </Button>
      </div>
    </li>
  );
}

/** What each unit reports back: counts, amounts, yes/no or a choice, and how they add up. */
export function MetricsEditor({ form, say }: EditorProps) {
  const { t } = useI18n();
  const metrics = useFieldArray({ control: form.control, name: 'metrics' });
  const errors = form.formState.errors.metrics;
  const listError = say(errors?.root?.message ?? errors?.message);
  return (
    <fieldset className="flex min-w-0 flex-col gap-3">
      <legend className="mb-1 font-semibold text-navy-900">{t('directives.form.metrics')}</legend>
      <p className="text-sm text-slate-600">{t('directives.form.metricsHint')}</p>
      {listError && <p className="text-sm font-medium text-red-700">{listError}</p>}
      {metrics.fields.length > 0 && (
        <ol className="flex flex-col gap-3">
          {metrics.fields.map((field, index) => (
            <MetricRow key={field.id} form={form} say={say} index={index} onRemove={() => metrics.remove(index)} />
          ))}
        </ol>
      )}
      <div>
        <Button
          variant="secondary"
          disabled={metrics.fields.length >= MAX_METRICS}
          onClick={() => metrics.append({ ...EMPTY_METRIC })}
        >
          {t('directives.metric.add')}
        </Button>
      </div>
    </fieldset>
  );
}
