import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { SiteResultsBodySchema, type Metric, type Site } from '@selaras/contracts';
import type { z } from 'zod';
import { OutboxItemStatus } from '@/components/outbox-item-status';
import { Alert, Button, CheckboxField, SelectField, TextField } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { toOptionalNumber } from '@/lib/form-values';
import { resolverOptions } from '@/lib/forms';
import { useI18n } from '@/lib/i18n/i18n';
import { failedWithoutAnswer, isDeviceOffline } from '@/lib/offline/network';
import { useOutboxItem } from '@/lib/outbox/outbox';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { queueSiteResults } from '../api/queue-site-results';
import { useSaveSiteResults } from '../api/sites';

type ResultsInput = z.input<typeof SiteResultsBodySchema>;
type ResultsOutput = z.output<typeof SiteResultsBodySchema>;

function metricLabel(metric: Metric): string {
  return metric.unit ? `${metric.name} (${metric.unit})` : metric.name;
}

function initialValues(metrics: Metric[], site: Site): ResultsInput {
  const values: ResultsInput['values'] = {};
  for (const metric of metrics) {
    const saved = site.results?.[metric.key];
    if (saved !== undefined) values[metric.key] = saved;
    else if (metric.type === 'boolean') values[metric.key] = false;
  }
  return { values };
}

/** What was done at this site, metric by metric; the unit's report is the sum over its sites. */
export function SiteResultsForm({ campaignId, metrics, site }: { campaignId: string; metrics: Metric[]; site: Site }) {
  const { t } = useI18n();
  const draftKey = `campaigns.results.${site.id}`;
  const save = useSaveSiteResults(campaignId);
  const [saved, setSaved] = useState(false);
  const [queuedId, setQueuedId] = useState<string | null>(null);
  const queued = useOutboxItem(queuedId);
  const form = useForm<ResultsInput, unknown, ResultsOutput>({
    resolver: zodResolver(SiteResultsBodySchema, resolverOptions),
    defaultValues: loadDraft(draftKey, initialValues(metrics, site)),
  });
  useFormDraft(form, draftKey);
  const errors = form.formState.errors.values;

  // No signal: the values wait on the device and go out by themselves once it returns.
  async function keepOnDevice(values: Record<string, number | boolean | string>) {
    const item = await queueSiteResults(campaignId, site.id, values, t('capture.results.label', { site: site.name }));
    clearDraft(draftKey);
    setQueuedId(item.id);
  }

  const onSubmit = form.handleSubmit(async ({ values }) => {
    setSaved(false);
    setQueuedId(null);
    // Blank numbers are left out rather than sent as zero.
    const filled = Object.fromEntries(
      Object.entries(values).filter(([, value]) => value !== undefined && value !== ''),
    );
    if (isDeviceOffline()) return keepOnDevice(filled);
    try {
      await save.mutateAsync({ siteId: site.id, values: filled });
    } catch (error) {
      if (!failedWithoutAnswer(error)) throw error;
      save.reset();
      return keepOnDevice(filled);
    }
    clearDraft(draftKey);
    setSaved(true);
  });

  return (
    <form onSubmit={(event) => void onSubmit(event).catch(() => undefined)} noValidate className="flex flex-col gap-3">
      <fieldset className="grid min-w-0 grid-cols-1 gap-3 sm:grid-cols-2" disabled={!site.abilities.edit}>
        <legend className="mb-1 font-semibold text-navy-900">{t('campaigns.results.heading')}</legend>
        {metrics.map((metric) => {
          const error = errors?.[metric.key]?.message;
          if (metric.type === 'boolean') {
            return (
              <CheckboxField key={metric.key} label={metricLabel(metric)} {...form.register(`values.${metric.key}`)} />
            );
          }
          if (metric.type === 'choice') {
            return (
              <SelectField
                key={metric.key}
                label={metricLabel(metric)}
                placeholder={t('campaigns.results.choose')}
                options={(metric.choices ?? []).map((choice) => ({ value: choice, label: choice }))}
                error={error}
                {...form.register(`values.${metric.key}`)}
              />
            );
          }
          return (
            <TextField
              key={metric.key}
              label={metricLabel(metric)}
              inputMode={metric.type === 'integer' ? 'numeric' : 'decimal'}
              error={error ? t('validation.number') : undefined}
              {...form.register(`values.${metric.key}`, { setValueAs: toOptionalNumber })}
            />
          );
        })}
      </fieldset>
      {save.isError && <Alert tone="error">{describeError(save.error, t)}</Alert>}
      {saved && !form.formState.isDirty && <Alert tone="success">{t('campaigns.results.saved')}</Alert>}
      {queuedId && (
        <Alert tone="info" title={t('capture.results.queued')}>
          <OutboxItemStatus item={queued} />
        </Alert>
      )}
      {site.abilities.edit && (
        <div>
          <Button type="submit" variant="secondary" busy={save.isPending}>
            {t('campaigns.results.save')}
          </Button>
        </div>
      )}
    </form>
  );
}
