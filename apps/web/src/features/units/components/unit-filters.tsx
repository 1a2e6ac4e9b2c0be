import type { FormEvent } from 'react';
import { UNIT_KINDS, UPT_TYPES, UnitKindSchema, UptTypeSchema } from '@selaras/contracts';
import { Button, SelectField, TextField } from '@/components/ui';
import { readText } from '@/lib/forms';
import { useI18n } from '@/lib/i18n/i18n';
import type { UnitsSearch } from '../routes/units-search';

type UnitFiltersProps = { search: UnitsSearch; onSearch: (next: UnitsSearch) => void };

export function UnitFilters({ search, onSearch }: UnitFiltersProps) {
  const { t } = useI18n();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const kind = UnitKindSchema.safeParse(readText(data, 'kind'));
    const type = UptTypeSchema.safeParse(readText(data, 'type'));
    onSearch({
      q: readText(data, 'q'),
      kind: kind.success ? kind.data : undefined,
      type: type.success ? type.data : undefined,
    });
  }

  return (
    <form
      role="search"
      aria-label={t('units.filters.label')}
      onSubmit={submit}
      key={`${search.q ?? ''}|${search.kind ?? ''}|${search.type ?? ''}`}
      className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_auto] lg:items-end"
    >
      <TextField
        label={t('units.filters.q')}
        name="q"
        type="search"
        defaultValue={search.q ?? ''}
        placeholder={t('units.filters.qPlaceholder')}
        fieldClassName="sm:col-span-2 lg:col-span-1"
      />
      <SelectField
        label={t('units.filters.kind')}
        name="kind"
        defaultValue={search.kind ?? ''}
        placeholder={t('common.all')}
        options={UNIT_KINDS.map((kind) => ({ value: kind, label: t(`unitKind.${kind}`) }))}
      />
      <SelectField
        label={t('units.filters.type')}
        name="type"
        defaultValue={search.type ?? ''}
        placeholder={t('common.all')}
        options={UPT_TYPES.map((type) => ({ value: type, label: t(`uptType.${type}`) }))}
      />
      <div className="flex gap-2 sm:col-span-2 lg:col-span-1">
        <Button type="submit">{t('common.search')}</Button>
        <Button variant="ghost" onClick={() => onSearch({})}>
          {t('common.reset')}
        </Button>
      </div>
    </form>
  );
}
