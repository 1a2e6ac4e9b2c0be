import type { FormEvent } from 'react';
import { Button, SelectField, TextField } from '@/components/ui';
import { readText } from '@/lib/forms';
import { useI18n } from '@/lib/i18n/i18n';
import { useDirectiveOptions } from '../api/list-directive-options';
import type { DashboardSearch } from '../routes/dashboard-search';

type OverviewFiltersProps = { search: DashboardSearch; onSearch: (next: DashboardSearch) => void };

/** One directive or one programme tag; the choice is kept in the address. */
export function OverviewFilters({ search, onSearch }: OverviewFiltersProps) {
  const { t } = useI18n();
  const options = useDirectiveOptions();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    onSearch({ directiveId: readText(data, 'directiveId'), tag: readText(data, 'tag') });
  }

  return (
    <form
      role="search"
      aria-label={t('overview.filters.label')}
      onSubmit={submit}
      key={`${search.directiveId ?? ''}|${search.tag ?? ''}|${options.data?.length ?? 0}`}
      className="grid grid-cols-1 gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-end"
    >
      <SelectField
        label={t('overview.filters.directive')}
        name="directiveId"
        defaultValue={search.directiveId ?? ''}
        placeholder={t('overview.filters.allDirectives')}
        options={options.data ?? []}
      />
      <TextField
        label={t('overview.filters.tag')}
        name="tag"
        defaultValue={search.tag ?? ''}
        placeholder={t('overview.filters.tagPlaceholder')}
      />
      <div className="flex gap-2">
        <Button type="submit">{t('overview.filters.apply')}</Button>
        <Button variant="ghost" onClick={() => onSearch({})}>
          {t('overview.filters.reset')}
        </Button>
      </div>
    </form>
  );
}
