import { useId, useState, type KeyboardEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Spinner } from '@/components/ui';
import { controlClasses } from '@/components/ui/field';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { unitNameKey, useUnitName, useUnitSearch } from '../api/search-units';
import { shortUnitName } from './labels';

function ChosenUnit({ unitId, onRemove }: { unitId: string; onRemove: () => void }) {
  const { t } = useI18n();
  const name = useUnitName(unitId);
  const label = name.data ? shortUnitName(name.data) : t('common.loading');
  return (
    <li className="flex items-center justify-between gap-2 rounded-md border border-slate-200 bg-slate-50 px-3 py-1">
      <span className="min-w-0 break-words">{label}</span>
      <Button
        variant="ghost"
        size="sm"
        onClick={onRemove}
        aria-label={t('directives.picker.removeNamed', { name: label })}
      >
        {t('directives.picker.remove')}
      </Button>
    </li>
  );
}

type UnitPickerProps = { value: readonly string[] | undefined; onChange: (next: string[]) => void; error?: string };

/** Units chosen one by one: search by name, code or city, then add. */
export function UnitPicker({ value = [], onChange, error }: UnitPickerProps) {
  const { t } = useI18n();
  const id = useId();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const results = useUnitSearch(query);

  function search() {
    setQuery(text.trim());
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter searches here instead of submitting the whole directive.
    if (event.key !== 'Enter') return;
    event.preventDefault();
    search();
  }

  function add(unitId: string, name: string) {
    queryClient.setQueryData(unitNameKey(unitId), name);
    if (!value.includes(unitId)) onChange([...value, unitId]);
  }

  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {t('directives.picker.search')}
        </label>
        <div className="flex gap-2">
          <input
            id={id}
            type="search"
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onKeyDown}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            className={controlClasses(Boolean(error), 'min-w-0 flex-1')}
          />
          <Button variant="secondary" onClick={search}>
            {t('common.search')}
          </Button>
        </div>
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {t('directives.picker.hint')}
        </p>
        {error && (
          <p id={`${id}-error`} className="text-sm font-medium text-red-700">
            {error}
          </p>
        )}
      </div>
      {results.isFetching && <Spinner inline />}
      {results.isError && <Alert tone="error">{describeError(results.error, t)}</Alert>}
      {results.data && query.length >= 2 && (
        <div aria-live="polite">
          <p className="text-sm font-medium text-slate-800">{t('directives.picker.results')}</p>
          {results.data.length === 0 && <p className="text-sm text-slate-600">{t('directives.picker.none')}</p>}
          <ul className="mt-1 flex flex-col gap-1">
            {results.data.map((unit) => (
              <li key={unit.id} className="flex items-center justify-between gap-2">
                <span className="min-w-0 break-words">{unit.name}</span>
                <Button
                  variant="secondary"
                  size="sm"
                  disabled={value.includes(unit.id)}
                  onClick={() => add(unit.id, unit.name)}
                  aria-label={t('directives.picker.addNamed', { name: unit.name })}
                >
                  {t('directives.picker.add')}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div>
        <p className="text-sm font-medium text-slate-800">{t('directives.picker.chosen', { count: value.length })}</p>
        <ul className="mt-1 flex flex-col gap-1">
          {value.map((unitId) => (
            <ChosenUnit
              key={unitId}
              unitId={unitId}
              onRemove={() => onChange(value.filter((item) => item !== unitId))}
            />
          ))}
        </ul>
      </div>
    </div>
  );
}
