import { Controller, useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import { Button, SelectField, TextField } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import { EMPTY_METRIC, keyFromName, type CampaignFormInput } from './campaign-form-model';
import { CheckboxList } from './checkbox-list';
import { emptyToUndefined } from './form-values';

type Props = { form: UseFormReturn<CampaignFormInput>; say: (message?: string) => string | undefined };

const MAX_METRICS = 20;
// Choice metrics cannot be summed over sites, so a campaign offers numbers and yes/no only.
const CAMPAIGN_METRIC_TYPES = ['integer', 'decimal', 'boolean'] as const;

function MetricRow({ form, say, index, onRemove }: Props & { index: number; onRemove: () => void }) {
  const { t } = useI18n();
  const errors = form.formState.errors.metrics?.[index];
  const name = form.register(`metrics.${index}.name`);
  const number = t('campaigns.metric.number', { number: index + 1 });
  return (
    <li className="rounded-md border border-slate-200 p-3">
      <fieldset className="grid min-w-0 grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <legend className="font-medium text-navy-900">{number}</legend>
        <TextField
          label={t('campaigns.metric.name')}
          required
          error={say(errors?.name?.message)}
          {...name}
          onBlur={async (event) => {
            await name.onBlur(event);
            if (!form.getValues(`metrics.${index}.key`)) {
              form.setValue(`metrics.${index}.key`, keyFromName(event.target.value), { shouldDirty: true });
            }
          }}
        />
        <TextField
          label={t('campaigns.metric.key')}
          required
          autoCapitalize="none"
          spellCheck={false}
          error={say(errors?.key?.message)}
          {...form.register(`metrics.${index}.key`)}
        />
        <TextField
          label={t('campaigns.metric.unit')}
          error={say(errors?.unit?.message)}
          {...form.register(`metrics.${index}.unit`, { setValueAs: emptyToUndefined })}
        />
        <SelectField
          label={t('campaigns.metric.type')}
          required
          options={CAMPAIGN_METRIC_TYPES.map((value) => ({ value, label: t(`metricType.${value}`) }))}
          error={say(errors?.type?.message)}
          {...form.register(`metrics.${index}.type`)}
        />
      </fieldset>
      <div className="mt-3">
        <Button
          variant="danger"
          size="sm"
          onClick={onRemove}
          aria-label={t('campaigns.metric.removeNamed', { name: number })}
        >
          {t('campaigns.metric.remove')}
        </Button>
      </div>
    </li>
  );
}

/** What each site reports, which of it counts against the target, and which is the area. */
export function CampaignMetricsFields({ form, say }: Props) {
  const { t } = useI18n();
  const metrics = useFieldArray({ control: form.control, name: 'metrics' });
  const values = useWatch({ control: form.control, name: 'metrics' });
  const numeric = values.filter((m) => m.key && (m.type === 'integer' || m.type === 'decimal'));
  const errors = form.formState.errors;
  return (
    <fieldset className="flex min-w-0 flex-col gap-3">
      <legend className="mb-1 font-semibold text-navy-900">{t('campaigns.form.metrics')}</legend>
      {say(errors.metrics?.root?.message ?? errors.metrics?.message) && (
        <p className="text-sm font-medium text-red-700">
          {say(errors.metrics?.root?.message ?? errors.metrics?.message)}
        </p>
      )}
      <ol className="flex flex-col gap-3">
        {metrics.fields.map((field, index) => (
          <MetricRow key={field.id} form={form} say={say} index={index} onRemove={() => metrics.remove(index)} />
        ))}
      </ol>
      <div>
        <Button
          variant="secondary"
          disabled={metrics.fields.length >= MAX_METRICS}
          onClick={() => metrics.append({ ...EMPTY_METRIC })}
        >
          {t('campaigns.metric.add')}
        </Button>
      </div>
      <Controller
        control={form.control}
        name="targetMetricKeys"
        render={({ field, fieldState }) => (
          <CheckboxList
            legend={t('campaigns.form.targetMetrics')}
            hint={t('campaigns.form.targetMetricsHint')}
            options={numeric.map((m) => ({ value: m.key, label: m.name || m.key }))}
            value={field.value}
            onChange={field.onChange}
            error={say(fieldState.error?.message)}
            listClassName="grid-cols-1 sm:grid-cols-2"
          />
        )}
      />
      <div className="grid min-w-0 grid-cols-1 gap-4 sm:grid-cols-2">
        <SelectField
          label={t('campaigns.form.areaMetric')}
          placeholder={t('campaigns.form.noArea')}
          options={numeric.map((m) => ({ value: m.key, label: m.name || m.key }))}
          error={say(errors.areaMetricKey?.message)}
          {...form.register('areaMetricKey', { setValueAs: emptyToUndefined })}
        />
        <TextField
          label={t('campaigns.form.quantityLabel')}
          required
          hint={t('campaigns.form.quantityLabelHint')}
          error={say(errors.quantityLabel?.message)}
          {...form.register('quantityLabel')}
        />
      </div>
    </fieldset>
  );
}
