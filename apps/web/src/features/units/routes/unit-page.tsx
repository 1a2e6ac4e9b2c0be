import { getRouteApi, Link } from '@tanstack/react-router';
import { z } from 'zod';
import { Alert, PageHeader, Spinner } from '@/components/ui';
import { isApiError } from '@/lib/api-client';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useUnit } from '../api/get-unit';
import { ClassHistoryCard } from '../components/class-history-card';
import { UnitMapCard } from '../components/unit-map-card';
import { UnitNotFound } from '../components/unit-not-found';
import { UnitOccupancyCard } from '../components/unit-occupancy-card';
import { UnitProfileCard } from '../components/unit-profile-card';
import { placeLabel, unitTypeLabel } from '../components/unit-labels';

const routeApi = getRouteApi('/app/units/$unitId');
const UnitIdSchema = z.uuid();

export function UnitPage() {
  const { t } = useI18n();
  const { unitId } = routeApi.useParams();
  const validId = UnitIdSchema.safeParse(unitId).success;
  const unit = useUnit(unitId, validId);
  useDocumentTitle(unit.data?.name ?? t('nav.units'));

  if (!validId || isApiError(unit.error, 404)) return <UnitNotFound />;
  if (unit.isError) return <Alert tone="error">{describeError(unit.error, t)}</Alert>;
  if (!unit.data) return <Spinner />;

  const data = unit.data;
  return (
    <>
      <nav aria-label={t('common.breadcrumb')} className="mb-3 text-sm">
        <ol className="flex flex-wrap gap-1 text-slate-600">
          <li>
            <Link to="/units" className="text-navy-800 underline underline-offset-4">
              {t('nav.units')}
            </Link>
            <span aria-hidden="true" className="px-1">
              /
            </span>
          </li>
          <li aria-current="page" className="text-slate-700">
            {data.name}
          </li>
        </ol>
      </nav>
      <PageHeader eyebrow={unitTypeLabel(data, t)} title={data.name} description={placeLabel(data)} />
      <div className="grid grid-cols-1 gap-5 lg:grid-cols-2">
        <UnitProfileCard unit={data} />
        <UnitOccupancyCard unit={data} />
        <UnitMapCard lat={data.lat} lng={data.lng} name={data.name} />
        <ClassHistoryCard history={data.classHistory} />
      </div>
    </>
  );
}
