import type { FormEvent } from 'react';
import { z } from 'zod';
import { INCIDENT_STATUSES, IncidentStatusSchema, type IncidentCategory } from '@selaras/contracts';
import { Button, SelectField } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import type { IncidentsSearch } from '../routes/incidents-search';
import { STATUS_LABEL } from './labels';

const StatusFilterSchema = z.union([IncidentStatusSchema, z.literal('open')]);
const SeriousSchema = z.enum(['true', 'false']);

type IncidentFiltersProps = {
  search: IncidentsSearch;
  categories: readonly IncidentCategory[];
  onSearch: (next: IncidentsSearch) => void;
};

export function IncidentFilters({ search, categories, onSearch }: IncidentFiltersProps) {
  const { t, lang } = useI18n();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const status = StatusFilterSchema.safeParse(data.get('status'));
    const serious = SeriousSchema.safeParse(data.get('serious'));
    const categoryId = data.get('categoryId');
    onSearch({
      status: status.success ? status.data : undefined,
      serious: serious.success ? serious.data : undefined,
      categoryId: typeof categoryId === 'string' && categoryId ? categoryId : undefined,
    });
  }

  const statusOptions = [
    { value: 'open', label: t('incidents.filters.open') },
    ...INCIDENT_STATUSES.map((status) => ({ value: status, label: t(STATUS_LABEL[status]) })),
  ];
  return (
    <form
      role="search"
      aria-label={t('incidents.filters.label')}
      onSubmit={submit}
      key={`${search.status ?? ''}|${search.categoryId ?? ''}|${search.serious ?? ''}`}
      className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-[1fr_2fr_1fr_auto] lg:items-end"
    >
      <SelectField
        label={t('incidents.filters.status')}
        name="status"
        defaultValue={search.status ?? ''}
        placeholder={t('common.all')}
        options={statusOptions}
      />
      <SelectField
        label={t('incidents.filters.category')}
        name="categoryId"
        defaultValue={search.categoryId ?? ''}
        placeholder={t('common.all')}
        options={categories.map((c) => ({ value: c.id, label: lang === 'en' ? c.nameEn : c.name }))}
      />
      <SelectField
        label={t('incidents.filters.serious')}
        name="serious"
        defaultValue={search.serious ?? ''}
        placeholder={t('common.all')}
        options={[
          { value: 'true', label: t('incidents.filters.seriousOnly') },
          { value: 'false', label: t('incidents.filters.ordinaryOnly') },
        ]}
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
