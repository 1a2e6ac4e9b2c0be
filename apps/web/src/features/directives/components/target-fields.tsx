import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { UNIT_VARIANTS, UPT_TYPES } from '@selaras/contracts';
import { Alert, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useKanwilOptions } from '../api/list-kanwil-options';
import { CheckboxGroup, RadioGroup } from './choice-group';
import { EMPTY_FILTER, EMPTY_LIST, type DirectiveFormInput } from './directive-form-model';
import { shortUnitName } from './labels';
import { UnitPicker } from './unit-picker';

type TargetFieldsProps = { form: UseFormReturn<DirectiveFormInput>; say: (message?: string) => string | undefined };

function KanwilChooser({ form, say }: TargetFieldsProps) {
  const { t } = useI18n();
  const kanwil = useKanwilOptions();
  if (kanwil.isPending) return <Spinner label={t('directives.form.kanwilLoading')} />;
  if (kanwil.isError) return <Alert tone="error">{describeError(kanwil.error, t)}</Alert>;
  const options = kanwil.data
    .map((unit) => ({ value: unit.id, label: shortUnitName(unit.name) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'id'));
  return (
    <Controller
      control={form.control}
      name="target.kanwilIds"
      render={({ field, fieldState }) => (
        <CheckboxGroup
          legend={t('directives.form.kanwil')}
          hint={t('directives.form.emptyMeansAll')}
          options={options}
          value={field.value}
          onChange={field.onChange}
          error={say(fieldState.error?.message)}
          listClassName="max-h-72 grid-cols-1 overflow-y-auto rounded-md border border-slate-200 p-1 sm:grid-cols-2 lg:grid-cols-3"
        />
      )}
    />
  );
}

/** Which units receive the directive: UPTs matching a filter, or units picked one by one. */
export function TargetFields({ form, say }: TargetFieldsProps) {
  const { t } = useI18n();
  const mode = useWatch({ control: form.control, name: 'target.mode' });
  const targetError = say(form.formState.errors.target?.message);

  function chooseMode(next: string) {
    form.setValue('target', next === 'list' ? EMPTY_LIST : EMPTY_FILTER, { shouldDirty: true });
  }

  return (
    <fieldset className="flex min-w-0 flex-col gap-4">
      <legend className="mb-2 font-semibold text-navy-900">{t('directives.form.target')}</legend>
      <RadioGroup
        legend={t('directives.form.targetMode')}
        name="target-mode"
        value={mode}
        onChange={chooseMode}
        options={[
          { value: 'filter', label: t('directives.form.modeFilter') },
          { value: 'list', label: t('directives.form.modeList') },
        ]}
      />
      {targetError && <p className="text-sm font-medium text-red-700">{targetError}</p>}
      {mode === 'filter' ? (
        <>
          <Controller
            control={form.control}
            name="target.types"
            render={({ field, fieldState }) => (
              <CheckboxGroup
                legend={t('directives.form.types')}
                hint={t('directives.form.emptyMeansAll')}
                options={UPT_TYPES.map((type) => ({ value: type, label: t(`uptType.${type}`) }))}
                value={field.value}
                onChange={field.onChange}
                error={say(fieldState.error?.message)}
                listClassName="grid-cols-2 lg:grid-cols-4"
              />
            )}
          />
          <Controller
            control={form.control}
            name="target.variants"
            render={({ field, fieldState }) => (
              <CheckboxGroup
                legend={t('directives.form.variants')}
                hint={t('directives.form.emptyMeansAll')}
                options={UNIT_VARIANTS.map((variant) => ({ value: variant, label: t(`unitVariant.${variant}`) }))}
                value={field.value}
                onChange={field.onChange}
                error={say(fieldState.error?.message)}
                listClassName="grid-cols-2 lg:grid-cols-4"
              />
            )}
          />
          <KanwilChooser form={form} say={say} />
        </>
      ) : (
        <Controller
          control={form.control}
          name="target.unitIds"
          render={({ field, fieldState }) => (
            <UnitPicker value={field.value} onChange={field.onChange} error={say(fieldState.error?.message)} />
          )}
        />
      )}
    </fieldset>
  );
}
