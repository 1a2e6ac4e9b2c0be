import type { FormEvent } from 'react';
import { z } from 'zod';
import { Button, SelectField, TextField } from '@/components/ui';
import { readText } from '@/lib/forms';
import { useI18n } from '@/lib/i18n/i18n';
import type { DirectivesSearch } from '../routes/directives-search';

const StatusSchema = z.enum(['draft', 'issued']);

type DirectiveFiltersProps = { search: DirectivesSearch; onSearch: (next: DirectivesSearch) => void };

export function DirectiveFilters({ search, onSearch }: DirectiveFiltersProps) {
  const { t } = useI18n();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const status = StatusSchema.safeParse(data.get('status'));
    onSearch({
      q: readText(data, 'q'),
      status: status.success ? status.data : undefined,
    });
  }

  return (
    <form
      role="search"
      aria-label={t('directives.filters.label')}
      onSubmit={submit}
      key={`${search.q ?? ''}|${search.status ?? ''}`}
      className="grid grid-cols-1 gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-end"
    >
      <TextField
        label={t('directives.filters.q')}
        name="q"
        type="search"
        defaultValue={search.q ?? ''}
        placeholder={t('directives.filters.qPlaceholder')}
      />
      <SelectField
        label={t('directives.filters.status')}
        name="status"
        defaultValue={search.status ?? ''}
        placeholder={t('common.all')}
        options={StatusSchema.options.map((status) => ({ value: status, label: t(`directiveStatus.${status}`) }))}
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
