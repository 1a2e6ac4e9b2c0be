import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { SaveIncidentCategoryBodySchema, type IncidentCategory } from '@selaras/contracts';
import { Alert, Button, CheckboxField, TextField } from '@/components/ui';
import { toOptionalNumber } from '@/lib/form-values';
import { applyServerErrors, resolverOptions } from '@/lib/forms';
import { localizeContractMessage } from '@/lib/i18n/contract-messages';
import { useI18n } from '@/lib/i18n/i18n';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useSaveCategory } from '../api/save-category';
import { counterFieldPaths } from '../catalogue-model';
import { CounterRow, type CategoryInput, type CategoryOutput } from './counter-row';

const MAX_COUNTERS = 8;
const BASE_FIELDS = ['code', 'name', 'nameEn', 'serious', 'counters', 'active', 'sortOrder'] as const;
const CODE_FIELDS = { 'incidents.category_code_taken': 'code' } as const;

const EMPTY: CategoryInput = {
  code: '',
  name: '',
  nameEn: '',
  serious: false,
  counters: [],
  active: true,
  sortOrder: 100,
};

function valuesOf(category: IncidentCategory | null): CategoryInput {
  if (!category) return EMPTY;
  const { code, name, nameEn, serious, counters, active, sortOrder } = category;
  return { code, name, nameEn, serious, counters, active, sortOrder };
}

type CategoryFormProps = {
  category: IncidentCategory | null;
  onSaved: (category: IncidentCategory) => void;
  onCancel: () => void;
};

/** Adds a category or changes one; a category is switched off, never deleted, so past incidents keep it. */
export function CategoryForm({ category, onSaved, onCancel }: CategoryFormProps) {
  const { t, lang } = useI18n();
  const save = useSaveCategory();
  const [failure, setFailure] = useState<string | null>(null);
  const draftKey = `incident-catalogue.category.${category?.id ?? 'new'}`;
  const form = useForm<CategoryInput, unknown, CategoryOutput>({
    resolver: zodResolver(SaveIncidentCategoryBodySchema, resolverOptions),
    defaultValues: loadDraft(draftKey, valuesOf(category)),
  });
  useFormDraft(form, draftKey);
  const counters = useFieldArray({ control: form.control, name: 'counters' });
  const { errors } = form.formState;
  const say = (message?: string) => (message ? localizeContractMessage(message, lang) : undefined);

  const onSubmit = form.handleSubmit(async (body) => {
    setFailure(null);
    try {
      const saved = await save.mutateAsync({ id: category?.id, body });
      clearDraft(draftKey);
      onSaved(saved);
    } catch (error) {
      const fields = [...BASE_FIELDS, ...counterFieldPaths(body.counters.length)];
      setFailure(applyServerErrors(error, form.setError, fields, t, CODE_FIELDS));
    }
  });

  function cancel() {
    clearDraft(draftKey);
    onCancel();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {failure && <Alert tone="error">{failure}</Alert>}
      <div className="grid min-w-0 grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          label={t('catalogue.category.code')}
          required
          autoCapitalize="none"
          spellCheck={false}
          hint={t('catalogue.codeHint')}
          error={say(errors.code?.message)}
          {...form.register('code')}
        />
        <TextField
          label={t('catalogue.category.sortOrder')}
          type="number"
          inputMode="numeric"
          min={0}
          max={999}
          hint={t('catalogue.category.sortOrderHint')}
          error={say(errors.sortOrder?.message)}
          {...form.register('sortOrder', { setValueAs: toOptionalNumber })}
        />
        <TextField
          label={t('catalogue.category.name')}
          required
          error={say(errors.name?.message)}
          {...form.register('name')}
        />
        <TextField
          label={t('catalogue.category.nameEn')}
          required
          error={say(errors.nameEn?.message)}
          {...form.register('nameEn')}
        />
        <CheckboxField
          label={t('catalogue.category.serious')}
          hint={t('catalogue.category.seriousHint')}
          {...form.register('serious')}
        />
        <CheckboxField
          label={t('catalogue.category.active')}
          hint={t('catalogue.category.activeHint')}
          {...form.register('active')}
        />
      </div>
      <section aria-labelledby="catalogue-counters-heading" className="border-t border-slate-200 pt-4">
        <h3 id="catalogue-counters-heading" className="font-semibold text-navy-900">
          {t('catalogue.counters.title')}
        </h3>
        <p className="mb-3 text-sm text-slate-600">{t('catalogue.counters.hint')}</p>
        {errors.counters?.root?.message && (
          <p className="mb-2 text-sm font-medium text-red-700">{say(errors.counters.root.message)}</p>
        )}
        <ol className="flex flex-col gap-3">
          {counters.fields.map((field, index) => (
            <CounterRow key={field.id} form={form} index={index} say={say} onRemove={() => counters.remove(index)} />
          ))}
        </ol>
        <Button
          variant="secondary"
          size="sm"
          className="mt-3"
          disabled={counters.fields.length >= MAX_COUNTERS}
          onClick={() => counters.append({ key: '', label: '', labelEn: '' })}
        >
          {t('catalogue.counter.add')}
        </Button>
      </section>
      <div className="flex flex-wrap gap-2 border-t border-slate-200 pt-4">
        <Button type="submit" busy={save.isPending}>
          {category ? t('catalogue.category.save') : t('catalogue.category.create')}
        </Button>
        <Button variant="secondary" onClick={cancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
