import type { FormEvent } from 'react';
import { Button, TextField } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';

export function UserSearchForm({ q, onSearch }: { q?: string; onSearch: (q: string | undefined) => void }) {
  const { t } = useI18n();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('q');
    onSearch(typeof value === 'string' && value.trim() ? value.trim() : undefined);
  }

  return (
    <form
      role="search"
      aria-label={t('users.search.label')}
      onSubmit={submit}
      key={q ?? ''}
      className="flex flex-wrap items-end gap-2"
    >
      <TextField
        label={t('users.search.q')}
        name="q"
        type="search"
        defaultValue={q ?? ''}
        placeholder={t('users.search.placeholder')}
        fieldClassName="min-w-0 flex-1 basis-56"
      />
      <Button type="submit">{t('common.search')}</Button>
    </form>
  );
}
