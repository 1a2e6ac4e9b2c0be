import type { FormEvent } from 'react';
import {
  INMATE_CATEGORIES,
  INMATE_SEXES,
  INMATE_STATUSES,
  InmateCategorySchema,
  InmateSexSchema,
  InmateStatusSchema,
} from '@selaras/contracts';
import { Button, SelectField, TextField, type SelectOption } from '@/components/ui';
import { readText } from '@/lib/forms';
import { useI18n } from '@/lib/i18n/i18n';
import type { InmatesSearch } from '../routes/inmates-search';
import { CATEGORY_LABEL, SEX_LABEL, STATUS_LABEL } from './labels';

type InmateFiltersProps = {
  search: InmatesSearch;
  /** UPTs to choose from; empty for a caller at a UPT (the register is their own). */
  units: readonly SelectOption[];
  namesShown: boolean;
  onSearch: (next: InmatesSearch) => void;
};

export function InmateFilters({ search, units, namesShown, onSearch }: InmateFiltersProps) {
  const { t } = useI18n();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const status = InmateStatusSchema.safeParse(data.get('status'));
    const category = InmateCategorySchema.safeParse(data.get('category'));
    const sex = InmateSexSchema.safeParse(data.get('sex'));
    onSearch({
      unitId: readText(data, 'unitId'),
      status: status.success ? status.data : undefined,
      category: category.success ? category.data : undefined,
      sex: sex.success ? sex.data : undefined,
      q: readText(data, 'q'),
    });
  }

  return (
    <form
      role="search"
      aria-label={t('inmates.filters.label')}
      onSubmit={submit}
      key={JSON.stringify(search)}
      className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3 lg:items-end"
    >
      {units.length > 0 && (
        <SelectField
          label={t('inmates.filters.unit')}
          name="unitId"
          defaultValue={search.unitId ?? ''}
          placeholder={t('common.all')}
          options={units}
        />
      )}
      <TextField
        label={namesShown ? t('inmates.filters.qNamed') : t('inmates.filters.q')}
        name="q"
        type="search"
        autoComplete="off"
        defaultValue={search.q ?? ''}
      />
      <SelectField
        label={t('inmates.col.status')}
        name="status"
        defaultValue={search.status ?? ''}
        placeholder={t('common.all')}
        options={INMATE_STATUSES.map((s) => ({ value: s, label: t(STATUS_LABEL[s]) }))}
      />
      <SelectField
        label={t('inmates.col.category')}
        name="category"
        defaultValue={search.category ?? ''}
        placeholder={t('common.all')}
        options={INMATE_CATEGORIES.map((c) => ({ value: c, label: t(CATEGORY_LABEL[c]) }))}
      />
      <SelectField
        label={t('inmates.col.sex')}
        name="sex"
        defaultValue={search.sex ?? ''}
        placeholder={t('common.all')}
        options={INMATE_SEXES.map((s) => ({ value: s, label: t(SEX_LABEL[s]) }))}
      />
      <div className="flex gap-2">
        <Button type="submit">{t('common.search')}</Button>
        <Button variant="ghost" onClick={() => onSearch({})}>
          {t('common.reset')}
        </Button>
      </div>
    </form>
  );
}
