import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { MetricsEditor } from '@/components/metrics-editor';
import { SelectField, TextField } from '@/components/ui';
import { emptyToUndefined } from '@/lib/form-values';
import { useI18n } from '@/lib/i18n/i18n';
import type { CampaignFormInput } from './campaign-form-model';
import { CheckboxList } from './checkbox-list';

type Props = { form: UseFormReturn<CampaignFormInput>; say: (message?: string) => string | undefined };

// Choice metrics cannot be summed over sites, so a campaign offers numbers and yes/no only.
const CAMPAIGN_METRIC_TYPES = ['integer', 'decimal', 'boolean'] as const;

/** What each site reports, which of it counts against the target, and which is the area. */
export function CampaignMetricsFields({ form, say }: Props) {
  const { t } = useI18n();
  const values = useWatch({ control: form.control, name: 'metrics' });
  const numeric = values.filter((m) => m.key && (m.type === 'integer' || m.type === 'decimal'));
  const errors = form.formState.errors;
  return (
    <fieldset className="flex min-w-0 flex-col gap-3">
      <legend className="mb-1 font-semibold text-navy-900">{t('campaigns.form.metrics')}</legend>
      <MetricsEditor form={form} say={say} labels="campaigns" types={CAMPAIGN_METRIC_TYPES} detailed={false} />
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
