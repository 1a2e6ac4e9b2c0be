import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { PARTNER_KINDS } from '@selaras/contracts';
import { Button, CheckboxField, SelectField, TextField } from '@/components/ui';
import { emptyToUndefined } from '@/lib/form-values';
import { useI18n } from '@/lib/i18n/i18n';
import { EMPTY_PARTNER, type SiteFormInput } from './site-form-model';

type PartnerFieldsProps = { form: UseFormReturn<SiteFormInput>; say: (message?: string) => string | undefined };

const MAX_PARTNERS = 30;

/** Who plants alongside the unit: the local government, police, villages, companies… and what they bring. */
export function PartnerFields({ form, say }: PartnerFieldsProps) {
  const { t } = useI18n();
  const partners = useFieldArray({ control: form.control, name: 'partners' });
  const errors = form.formState.errors.partners;
  return (
    <fieldset className="flex min-w-0 flex-col gap-3">
      <legend className="mb-1 font-semibold text-navy-900">{t('campaigns.partner.heading')}</legend>
      {partners.fields.length > 0 && (
        <ol className="flex flex-col gap-3">
          {partners.fields.map((field, index) => {
            const number = t('campaigns.partner.number', { number: index + 1 });
            const rowErrors = errors?.[index];
            return (
              <li key={field.id} className="rounded-md border border-slate-200 p-3">
                <fieldset className="grid min-w-0 grid-cols-1 gap-3 sm:grid-cols-2">
                  <legend className="font-medium text-navy-900">{number}</legend>
                  <SelectField
                    label={t('campaigns.partner.kind')}
                    required
                    options={PARTNER_KINDS.map((kind) => ({ value: kind, label: t(`campaigns.partnerKind.${kind}`) }))}
                    error={say(rowErrors?.kind?.message)}
                    {...form.register(`partners.${index}.kind`)}
                  />
                  <TextField
                    label={t('campaigns.partner.name')}
                    required
                    error={say(rowErrors?.name?.message)}
                    {...form.register(`partners.${index}.name`)}
                  />
                  <TextField
                    label={t('campaigns.partner.contact')}
                    error={say(rowErrors?.contactName?.message)}
                    {...form.register(`partners.${index}.contactName`, { setValueAs: emptyToUndefined })}
                  />
                  <TextField
                    label={t('campaigns.partner.phone')}
                    type="tel"
                    inputMode="tel"
                    error={say(rowErrors?.contactPhone?.message)}
                    {...form.register(`partners.${index}.contactPhone`, { setValueAs: emptyToUndefined })}
                  />
                  <TextField
                    label={t('campaigns.partner.brings')}
                    fieldClassName="sm:col-span-2"
                    error={say(rowErrors?.brings?.message)}
                    {...form.register(`partners.${index}.brings`, { setValueAs: emptyToUndefined })}
                  />
                  <CheckboxField
                    label={t('campaigns.partner.confirmed')}
                    {...form.register(`partners.${index}.confirmed`)}
                  />
                </fieldset>
                <div className="mt-3">
                  <Button
                    variant="danger"
                    size="sm"
                    onClick={() => partners.remove(index)}
                    aria-label={t('campaigns.partner.removeNamed', { name: number })}
                  >
                    {t('campaigns.partner.remove')}
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <div>
        <Button
          variant="secondary"
          disabled={partners.fields.length >= MAX_PARTNERS}
          onClick={() => partners.append({ ...EMPTY_PARTNER })}
        >
          {t('campaigns.partner.add')}
        </Button>
      </div>
    </fieldset>
  );
}
