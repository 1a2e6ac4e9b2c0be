import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import type { SaveIncidentCategoryBodySchema } from '@selaras/contracts';
import type { z } from 'zod';
import { CheckboxField, SelectField, TextField } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import { NumberedItem } from './numbered-item';

export type CategoryInput = z.input<typeof SaveIncidentCategoryBodySchema>;
export type CategoryOutput = z.output<typeof SaveIncidentCategoryBodySchema>;

type CounterRowProps = {
  form: UseFormReturn<CategoryInput, unknown, CategoryOutput>;
  index: number;
  say: (message?: string) => string | undefined;
  onRemove: () => void;
};

/** One running figure of a category: typed by the unit, or derived from the typed ones (from − subtract…). */
export function CounterRow({ form, index, say, onRemove }: CounterRowProps) {
  const { t } = useI18n();
  const counters = useWatch({ control: form.control, name: 'counters' }) ?? [];
  const derived = useWatch({ control: form.control, name: `counters.${index}.derived` });
  const errors = form.formState.errors.counters?.[index];
  const typedKeys = counters.filter((c, i) => i !== index && !c.derived && c.key).map((c) => c.key);
  const number = t('catalogue.counter.number', { number: index + 1 });

  return (
    <NumberedItem
      number={number}
      columns="sm:grid-cols-3"
      removeText={t('catalogue.counter.remove')}
      removeLabel={t('catalogue.counter.removeNamed', { name: number })}
      onRemove={onRemove}
    >
      <TextField
        label={t('catalogue.counter.key')}
        required
        autoCapitalize="none"
        spellCheck={false}
        error={say(errors?.key?.message)}
        {...form.register(`counters.${index}.key`)}
      />
      <TextField
        label={t('catalogue.counter.label')}
        required
        error={say(errors?.label?.message)}
        {...form.register(`counters.${index}.label`)}
      />
      <TextField
        label={t('catalogue.counter.labelEn')}
        required
        error={say(errors?.labelEn?.message)}
        {...form.register(`counters.${index}.labelEn`)}
      />
      <div className="sm:col-span-3">
        <CheckboxField
          label={t('catalogue.counter.derived')}
          hint={t('catalogue.counter.derivedHint')}
          checked={Boolean(derived)}
          onChange={(event) =>
            form.setValue(`counters.${index}.derived`, event.target.checked ? { from: '', subtract: [] } : undefined, {
              shouldDirty: true,
            })
          }
        />
      </div>
      {derived && (
        <>
          <SelectField
            label={t('catalogue.counter.from')}
            required
            placeholder="—"
            options={typedKeys.map((key) => ({ value: key, label: key }))}
            error={say(errors?.derived?.from?.message)}
            {...form.register(`counters.${index}.derived.from`)}
          />
          <Controller
            control={form.control}
            name={`counters.${index}.derived.subtract`}
            render={({ field, fieldState }) => (
              <fieldset className="min-w-0 sm:col-span-2">
                <legend className="font-medium text-slate-800">{t('catalogue.counter.subtract')}</legend>
                <div className="mt-1 flex flex-wrap gap-x-5 gap-y-2">
                  {typedKeys.map((key) => (
                    <CheckboxField
                      key={key}
                      label={key}
                      checked={(field.value ?? []).includes(key)}
                      onChange={(event) =>
                        field.onChange(
                          event.target.checked
                            ? [...(field.value ?? []), key]
                            : (field.value ?? []).filter((k) => k !== key),
                        )
                      }
                    />
                  ))}
                </div>
                {(fieldState.error?.message ?? errors?.derived?.subtract?.message) && (
                  <p className="mt-1 text-sm font-medium text-red-700">
                    {say(fieldState.error?.message ?? errors?.derived?.subtract?.message)}
                  </p>
                )}
              </fieldset>
            )}
          />
        </>
      )}
    </NumberedItem>
  );
}
