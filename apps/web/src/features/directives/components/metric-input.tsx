import type { UseFormReturn } from 'react-hook-form';
import type { Metric, SubmitReportBody } from '@selaras/contracts';
import { CheckboxField, SelectField, TextField } from '@/components/ui';
import { formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import type { ReportFormInput } from './report-form-model';
import { withUnit } from './labels';

type MetricInputProps = {
  metric: Metric;
  form: UseFormReturn<ReportFormInput, unknown, SubmitReportBody>;
  error?: string;
};

/**
 * The control for one metric. Numbers use text boxes with a numeric keyboard: they keep exactly what
 * was typed, accept a decimal comma, and do not change when the page is scrolled.
 */
export function MetricInput({ metric, form, error }: MetricInputProps) {
  const { t, lang } = useI18n();
  const name = `values.${metric.key}` as const;
  const label = metric.unit ? `${metric.name} (${metric.unit})` : metric.name;
  const target =
    metric.targetPerUnit === undefined
      ? undefined
      : t('report.target', { value: withUnit(formatNumber(metric.targetPerUnit, lang, 2), metric.unit) });

  switch (metric.type) {
    case 'boolean':
      return <CheckboxField label={metric.name} hint={error ?? target} {...form.register(name)} />;
    case 'choice':
      return (
        <SelectField
          label={label}
          required
          placeholder={t('report.choose')}
          options={(metric.choices ?? []).map((choice) => ({ value: choice, label: choice }))}
          hint={target}
          error={error}
          {...form.register(name)}
        />
      );
    default:
      return (
        <TextField
          label={label}
          required
          inputMode={metric.type === 'integer' ? 'numeric' : 'decimal'}
          autoComplete="off"
          hint={target ?? (metric.type === 'decimal' ? t('report.decimalHint') : undefined)}
          error={error}
          {...form.register(name)}
        />
      );
  }
}
