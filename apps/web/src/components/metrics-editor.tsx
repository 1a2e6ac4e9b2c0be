import { Controller, useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import { Button, SelectField, TextField } from '@/components/ui';
import { emptyToUndefined, toOptionalNumber } from '@/lib/form-values';
import { useI18n } from '@/lib/i18n/i18n';
import { EMPTY_METRIC, keyFromName, type MetricInput, type MetricType } from '@/lib/metric-drafts';
import { ListInput } from './list-input';

const ROLLUPS = ['sum', 'avg', 'count'] as const;
const MAX_METRICS = 20;

type MetricsForm = { metrics: MetricInput[] };
/** A form this editor can serve: its values hold the contract's metric input (optional where the contract defaults it). */
type MetricsFormValues = { metrics?: MetricInput[] };

type MetricsEditorProps<T extends MetricsFormValues> = {
  form: UseFormReturn<T>;
  say: (message?: string) => string | undefined;
  /** Whose labels the rows carry: `directives.metric.name` or `campaigns.metric.name`. */
  labels: 'directives' | 'campaigns';
  /** The answer types offered, in order. */
  types: readonly MetricType[];
  /** Key and unit hints, answer choices, a target per unit and the roll-up: what a directive asks of each unit. */
  detailed: boolean;
};

type MetricRowProps = Omit<MetricsEditorProps<MetricsForm>, 'form'> & {
  form: UseFormReturn<MetricsForm>;
  index: number;
  onRemove: () => void;
};

function MetricRow({ form, say, labels, types, detailed, index, onRemove }: MetricRowProps) {
  const { t } = useI18n();
  const type = useWatch({ control: form.control, name: `metrics.${index}.type` });
  const key = useWatch({ control: form.control, name: `metrics.${index}.key` });
  const errors = form.formState.errors.metrics?.[index];
  const name = form.register(`metrics.${index}.name`);
  const typeField = form.register(`metrics.${index}.type`);
  const number = t(`${labels}.metric.number`, { number: index + 1 });

  return (
    <li className="rounded-md border border-slate-200 p-3">
      <fieldset
        className={`grid min-w-0 grid-cols-1 gap-3 sm:grid-cols-2 ${detailed ? 'lg:grid-cols-3' : 'lg:grid-cols-4'}`}
      >
        <legend className="font-medium text-navy-900">{number}</legend>
        <TextField
          label={t(`${labels}.metric.name`)}
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
          label={t(`${labels}.metric.key`)}
          required
          autoCapitalize="none"
          spellCheck={false}
          hint={detailed ? t('metricsEditor.keyHint') : undefined}
          error={errors?.key && !key ? t('validation.required') : say(errors?.key?.message)}
          {...form.register(`metrics.${index}.key`)}
        />
        <TextField
          label={t(`${labels}.metric.unit`)}
          hint={detailed ? t('metricsEditor.unitHint') : undefined}
          error={say(errors?.unit?.message)}
          {...form.register(`metrics.${index}.unit`, { setValueAs: emptyToUndefined })}
        />
        <SelectField
          label={t(`${labels}.metric.type`)}
          required
          options={types.map((value) => ({ value, label: t(`metricType.${value}`) }))}
          error={say(errors?.type?.message)}
          {...typeField}
          onChange={async (event) => {
            await typeField.onChange(event);
            if (event.target.value !== 'choice') form.setValue(`metrics.${index}.choices`, undefined);
          }}
        />
        {detailed && (
          <>
            <TextField
              label={t('metricsEditor.target')}
              inputMode="decimal"
              hint={t('metricsEditor.targetHint')}
              error={say(errors?.targetPerUnit?.message)}
              {...form.register(`metrics.${index}.targetPerUnit`, { setValueAs: toOptionalNumber })}
            />
            <SelectField
              label={t('metricsEditor.rollup')}
              required
              options={ROLLUPS.map((value) => ({ value, label: t(`metricRollup.${value}`) }))}
              error={say(errors?.rollup?.message)}
              {...form.register(`metrics.${index}.rollup`)}
            />
          </>
        )}
        {detailed && type === 'choice' && (
          <Controller
            control={form.control}
            name={`metrics.${index}.choices`}
            render={({ field, fieldState }) => (
              <div className="sm:col-span-2 lg:col-span-3">
                <ListInput
                  label={t('metricsEditor.choices')}
                  required
                  hint={t('metricsEditor.choicesHint')}
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
          aria-label={t(`${labels}.metric.removeNamed`, { name: number })}
        >
          {t(`${labels}.metric.remove`)}
        </Button>
      </div>
    </li>
  );
}

/**
 * The metric rows of a form whose values hold `metrics` (a directive's or a campaign's): its list error,
 * one row per metric (name → key, key, unit, type, and the details a directive asks for) and an add button.
 * It renders inside the form's own fieldset, after its legend.
 */
export function MetricsEditor<T extends MetricsFormValues>({ form, ...props }: MetricsEditorProps<T>) {
  // Both forms hold `metrics` as the contract's metric input; react-hook-form cannot see that through a type parameter.
  const metricsForm = form as unknown as UseFormReturn<MetricsForm>;
  const { t } = useI18n();
  const metrics = useFieldArray({ control: metricsForm.control, name: 'metrics' });
  const errors = metricsForm.formState.errors.metrics;
  const listError = props.say(errors?.root?.message ?? errors?.message);
  return (
    <>
      {listError && <p className="text-sm font-medium text-red-700">{listError}</p>}
      {metrics.fields.length > 0 && (
        <ol className="flex flex-col gap-3">
          {metrics.fields.map((field, index) => (
            <MetricRow
              key={field.id}
              form={metricsForm}
              {...props}
              index={index}
              onRemove={() => metrics.remove(index)}
            />
          ))}
        </ol>
      )}
      <div>
        <Button
          variant="secondary"
          disabled={metrics.fields.length >= MAX_METRICS}
          onClick={() => metrics.append({ ...EMPTY_METRIC })}
        >
          {t(`${props.labels}.metric.add`)}
        </Button>
      </div>
    </>
  );
}
