import { Controller, type UseFormReturn } from 'react-hook-form';
import { UPT_TYPES } from '@selaras/contracts';
import { Alert, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useKanwilOptions } from '../api/list-kanwil-options';
import type { CampaignFormInput } from './campaign-form-model';
import { shortUnitName } from './labels';
import { CheckboxList } from './checkbox-list';

type Props = { form: UseFormReturn<CampaignFormInput>; say: (message?: string) => string | undefined };

/** Which UPTs take part: by type and by Kanwil; an empty choice means all of them. */
export function CampaignTargetFields({ form, say }: Props) {
  const { t } = useI18n();
  const kanwil = useKanwilOptions();
  return (
    <fieldset className="flex min-w-0 flex-col gap-4">
      <legend className="mb-1 font-semibold text-navy-900">{t('campaigns.form.target')}</legend>
      <Controller
        control={form.control}
        name="target.types"
        render={({ field, fieldState }) => (
          <CheckboxList
            legend={t('campaigns.form.types')}
            hint={t('campaigns.form.emptyMeansAll')}
            options={UPT_TYPES.map((type) => ({ value: type, label: t(`uptType.${type}`) }))}
            value={field.value ?? []}
            onChange={field.onChange}
            error={say(fieldState.error?.message)}
            listClassName="grid-cols-1 min-[420px]:grid-cols-2 lg:grid-cols-4"
          />
        )}
      />
      {kanwil.isPending && <Spinner label={t('campaigns.form.kanwilLoading')} />}
      {kanwil.isError && <Alert tone="error">{describeError(kanwil.error, t)}</Alert>}
      {kanwil.data && (
        <Controller
          control={form.control}
          name="target.kanwilIds"
          render={({ field, fieldState }) => (
            <CheckboxList
              legend={t('campaigns.form.kanwil')}
              hint={t('campaigns.form.emptyMeansAll')}
              options={kanwil.data
                .map((unit) => ({ value: unit.id, label: shortUnitName(unit.name) }))
                .sort((a, b) => a.label.localeCompare(b.label, 'id'))}
              value={field.value ?? []}
              onChange={field.onChange}
              error={say(fieldState.error?.message)}
              listClassName="max-h-72 grid-cols-1 overflow-y-auto rounded-md border border-slate-200 p-1 sm:grid-cols-2"
            />
          )}
        />
      )}
    </fieldset>
  );
}
