import { Alert, Card, Pagination, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useUnitList } from '../api/list-units';
import { UNITS_PAGE_SIZE, type UnitsSearch } from '../routes/units-search';
import { UnitFilters } from './unit-filters';
import { UnitsTable } from './units-table';

type UnitDirectoryProps = { search: UnitsSearch; onSearch: (next: UnitsSearch) => void };

export function UnitDirectory({ search, onSearch }: UnitDirectoryProps) {
  const { t } = useI18n();
  const offset = search.offset ?? 0;
  const units = useUnitList({ q: search.q, kind: search.kind, type: search.type, limit: UNITS_PAGE_SIZE, offset });

  return (
    <Card title={t('units.table.title')}>
      <UnitFilters search={search} onSearch={onSearch} />
      <div className="mt-4" aria-busy={units.isFetching}>
        {units.isPending && <Spinner />}
        {units.isError && <Alert tone="error">{describeError(units.error, t)}</Alert>}
        {units.data && (
          <>
            <UnitsTable units={units.data.items} />
            <Pagination
              total={units.data.total}
              limit={UNITS_PAGE_SIZE}
              offset={offset}
              onChange={(next) => onSearch({ ...search, offset: next })}
            />
          </>
        )}
      </div>
    </Card>
  );
}
