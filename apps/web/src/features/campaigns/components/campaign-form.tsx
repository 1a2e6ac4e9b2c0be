import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { CreateCampaignBodySchema, type Campaign, type CreateCampaignBody } from '@selaras/contracts';
import { Alert, Button, CheckboxField, TextareaField, TextField } from '@/components/ui';
import { toOptionalNumber } from '@/lib/form-values';
import { applyServerErrors, resolverOptions } from '@/lib/forms';
import { localizeContractMessage } from '@/lib/i18n/contract-messages';
import { useI18n } from '@/lib/i18n/i18n';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useCreateCampaign } from '../api/create-campaign';
import {
  CAMPAIGN_DRAFT_KEY,
  campaignServerFields,
  EMPTY_CAMPAIGN,
  toMonths,
  type CampaignFormInput,
} from './campaign-form-model';
import { CampaignMetricsFields } from './campaign-metrics-fields';
import { CampaignTargetFields } from './campaign-target-fields';

/** A new campaign, issued to its units when saved; what is typed survives a reload until then. */
export function CampaignForm({ onCreated }: { onCreated: (campaign: Campaign) => void }) {
  const { t, lang } = useI18n();
  const create = useCreateCampaign();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<CampaignFormInput, unknown, CreateCampaignBody>({
    resolver: zodResolver(CreateCampaignBodySchema, resolverOptions),
    defaultValues: loadDraft(CAMPAIGN_DRAFT_KEY, EMPTY_CAMPAIGN),
  });
  useFormDraft(form, CAMPAIGN_DRAFT_KEY);
  const { errors } = form.formState;
  const say = (message?: string) => (message ? localizeContractMessage(message, lang) : undefined);
  const number = { setValueAs: toOptionalNumber };

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const campaign = await create.mutateAsync(values);
      clearDraft(CAMPAIGN_DRAFT_KEY);
      onCreated(campaign);
    } catch (error) {
      setFailure(applyServerErrors(error, form.setError, campaignServerFields(values.metrics.length), t));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      {failure && <Alert tone="error">{failure}</Alert>}
      <div className="grid min-w-0 grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          label={t('campaigns.form.title')}
          required
          fieldClassName="sm:col-span-2"
          error={say(errors.title?.message)}
          {...form.register('title')}
        />
        <TextareaField
          label={t('campaigns.form.body')}
          required
          rows={5}
          fieldClassName="sm:col-span-2"
          error={say(errors.body?.message)}
          {...form.register('body')}
        />
      </div>
      <CampaignTargetFields form={form} say={say} />
      <CampaignMetricsFields form={form} say={say} />
      <fieldset className="grid min-w-0 grid-cols-1 gap-4 sm:grid-cols-3">
        <legend className="mb-1 font-semibold text-navy-900">{t('campaigns.form.when')}</legend>
        <TextField
          label={t('campaigns.form.eventDate')}
          type="date"
          required
          error={say(errors.eventDate?.message)}
          {...form.register('eventDate')}
        />
        <TextField
          label={t('campaigns.form.windowStart')}
          type="time"
          required
          hint={t('campaigns.form.localHint')}
          error={say(errors.windowStart?.message)}
          {...form.register('windowStart')}
        />
        <TextField
          label={t('campaigns.form.windowEnd')}
          type="time"
          required
          error={say(errors.windowEnd?.message)}
          {...form.register('windowEnd')}
        />
      </fieldset>
      <fieldset className="grid min-w-0 grid-cols-1 gap-4 sm:grid-cols-2">
        <legend className="mb-1 font-semibold text-navy-900">{t('campaigns.form.targets')}</legend>
        <TextField
          label={t('campaigns.form.nationalTarget')}
          inputMode="numeric"
          required
          error={say(errors.nationalTarget?.message)}
          {...form.register('nationalTarget', number)}
        />
        <TextField
          label={t('campaigns.form.minPerKanwil')}
          inputMode="numeric"
          error={say(errors.minPerKanwil?.message)}
          {...form.register('minPerKanwil', number)}
        />
        <TextField
          label={t('campaigns.form.geofence')}
          inputMode="numeric"
          hint={t('campaigns.form.geofenceHint')}
          error={say(errors.geofenceRadiusM?.message)}
          {...form.register('geofenceRadiusM', number)}
        />
        <TextField
          label={t('campaigns.form.monitoringMonths')}
          hint={t('campaigns.form.monitoringMonthsHint')}
          error={say(errors.monitoringMonths?.message ?? errors.monitoringMonths?.root?.message)}
          {...form.register('monitoringMonths', { setValueAs: toMonths })}
        />
      </fieldset>
      <CheckboxField
        label={t('campaigns.form.publicPage')}
        hint={t('campaigns.form.publicPageHint')}
        {...form.register('publicPage')}
      />
      <div>
        <Button type="submit" busy={create.isPending}>
          {t('campaigns.form.save')}
        </Button>
      </div>
    </form>
  );
}
