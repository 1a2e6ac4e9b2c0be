import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { CreateSiteBodySchema, LAND_TYPES, type CreateSiteBody, type Site } from '@selaras/contracts';
import { Alert, Button, SelectField, TextareaField, TextField } from '@/components/ui';
import { emptyToUndefined, toOptionalNumber } from '@/lib/form-values';
import { applyServerErrors, resolverOptions } from '@/lib/forms';
import { localizeContractMessage } from '@/lib/i18n/contract-messages';
import { useI18n } from '@/lib/i18n/i18n';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useCreateSite, useUpdateSite } from '../api/sites';
import { LAND_TYPE_LABEL } from './labels';
import { LocationFields } from './location-fields';
import { PartnerFields } from './partner-fields';
import {
  EMPTY_SITE,
  siteDraftKey,
  siteFormValues,
  siteServerFields,
  toUpdateBody,
  type SiteFormInput,
} from './site-form-model';

type SiteFormProps = {
  campaignId: string;
  /** The UPT a Kanwil registers for; the caller's own unit when left out. */
  unitId?: string;
  /** The saved site to change; a new site when left out. */
  site?: Site;
  onSaved: () => void;
  onCancel?: () => void;
};

/** Registers or changes one planting site; what is typed survives a reload until it is saved. */
export function SiteForm({ campaignId, unitId, site, onSaved, onCancel }: SiteFormProps) {
  const { t, lang } = useI18n();
  const draftKey = siteDraftKey(campaignId, { unitId, siteId: site?.id });
  const createSite = useCreateSite(campaignId);
  const updateSite = useUpdateSite(campaignId);
  const [failure, setFailure] = useState<string | null>(null);
  // A fresh form after each save: the location picker keeps its own typing state.
  const [generation, setGeneration] = useState(0);
  const start = site ? siteFormValues(site) : (EMPTY_SITE as SiteFormInput);
  const form = useForm<SiteFormInput, unknown, CreateSiteBody>({
    resolver: zodResolver(CreateSiteBodySchema, resolverOptions),
    defaultValues: loadDraft(draftKey, start),
  });
  useFormDraft(form, draftKey);
  const { errors } = form.formState;
  const say = (message?: string) => (message ? localizeContractMessage(message, lang) : undefined);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      if (site) {
        await updateSite.mutateAsync({ siteId: site.id, body: toUpdateBody(values) });
        // The edit form closes: resetting it would write an empty draft over this site's next edit.
        clearDraft(draftKey);
        return onSaved();
      }
      await createSite.mutateAsync({ ...values, unitId });
      clearDraft(draftKey);
      form.reset(EMPTY_SITE as SiteFormInput);
      setGeneration((n) => n + 1);
      onSaved();
    } catch (error) {
      setFailure(applyServerErrors(error, form.setError, siteServerFields(values.partners?.length ?? 0), t));
    }
  });

  function cancel() {
    clearDraft(draftKey);
    onCancel?.();
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-5"
      aria-label={site ? t('campaigns.site.editLabel', { name: site.name }) : t('campaigns.site.formLabel')}
    >
      {failure && <Alert tone="error">{failure}</Alert>}
      <div className="grid min-w-0 grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          label={t('campaigns.site.name')}
          required
          fieldClassName="sm:col-span-2"
          error={say(errors.name?.message)}
          {...form.register('name')}
        />
        <SelectField
          label={t('campaigns.site.landType')}
          required
          options={LAND_TYPES.map((value) => ({ value, label: t(LAND_TYPE_LABEL[value]) }))}
          error={say(errors.landType?.message)}
          {...form.register('landType')}
        />
        <TextField
          label={t('campaigns.site.area')}
          inputMode="decimal"
          required
          error={say(errors.areaHa?.message)}
          {...form.register('areaHa', { setValueAs: toOptionalNumber })}
        />
        <TextField
          label={t('campaigns.site.planned')}
          inputMode="numeric"
          required
          error={say(errors.planned?.message)}
          {...form.register('planned', { setValueAs: toOptionalNumber })}
        />
      </div>
      <Controller
        control={form.control}
        name="geometry"
        render={({ field, fieldState }) => (
          <LocationFields
            key={generation}
            value={field.value}
            onChange={field.onChange}
            error={say(fieldState.error?.message)}
          />
        )}
      />
      <PartnerFields form={form} say={say} />
      <TextareaField
        label={t('campaigns.site.notes')}
        rows={3}
        error={say(errors.notes?.message)}
        {...form.register('notes', { setValueAs: emptyToUndefined })}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" busy={createSite.isPending || updateSite.isPending}>
          {t(site ? 'campaigns.site.saveChanges' : 'campaigns.site.save')}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={cancel}>
            {t('campaigns.site.cancelEdit')}
          </Button>
        )}
      </div>
    </form>
  );
}
