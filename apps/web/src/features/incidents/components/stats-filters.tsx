import type { FormEvent } from 'react';
import { Button, TextField } from '@/components/ui';
import { readText } from '@/lib/forms';
import { useI18n } from '@/lib/i18n/i18n';
import type { IncidentStatsSearch } from '../routes/stats-search';

type StatsFiltersProps = { search: IncidentStatsSearch; onSearch: (next: IncidentStatsSearch) => void };

/** A date range in WIB days; the choice is kept in the address. */
export function StatsFilters({ search, onSearch }: StatsFiltersProps) {
  const { t } = useI18n();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    onSearch({ from: readText(data, 'from'), to: readText(data, 'to') });
  }

  return (
    <form
      role="search"
      aria-label={t('incidentStats.filters.label')}
      onSubmit={submit}
      key={`${search.from ?? ''}|${search.to ?? ''}`}
      className="grid grid-cols-1 gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
    >
      <TextField label={t('incidentStats.filters.from')} name="from" type="date" defaultValue={search.from ?? ''} />
      <TextField
        label={t('incidentStats.filters.to')}
        name="to"
        type="date"
        defaultValue={search.to ?? ''}
        min={search.from}
      />
      <div className="flex gap-2">
        <Button type="submit">{t('incidentStats.filters.apply')}</Button>
        <Button variant="ghost" onClick={() => onSearch({})}>
          {t('incidentStats.filters.reset')}
        </Button>
      </div>
      <p className="text-sm text-slate-600 sm:col-span-3">{t('incidentStats.filters.hint')}</p>
    </form>
  );
}
