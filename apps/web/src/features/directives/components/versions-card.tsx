import type { Due, DirectiveVersion, Metric } from '@selaras/contracts';
import { Alert, Card, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { formatDateTime, formatNumber, type Language } from '@/lib/format';
import { useI18n, type Translate } from '@/lib/i18n/i18n';
import { useMe } from '@/lib/me';
import { useVersions } from '../api/list-versions';
import { describeDue } from './labels';

type Evidence = { minPhotos: number; minDocuments: number; geotagRequired: boolean };

/** One side of a change, as a person reads it. */
function describeValue(field: string, value: unknown, t: Translate, lang: Language): string {
  if (value === null || value === undefined) return '–';
  if (field === 'priority' && typeof value === 'string') return t(`priority.${value as 'normal'}`);
  if (field === 'due') return describeDue(value as Due, t, lang);
  if (field === 'metrics') {
    return (value as Metric[])
      .map((m) => (m.targetPerUnit === undefined ? m.name : `${m.name} (${t('amend.targetShort')} ${formatNumber(m.targetPerUnit, lang, 2)}${m.unit ? ` ${m.unit}` : ''})`))
      .join('; ');
  }
  if (field === 'evidence') {
    const e = value as Evidence;
    return t('amend.evidenceSummary', { photos: e.minPhotos, documents: e.minDocuments, geotag: e.geotagRequired ? t('common.yes') : t('common.no') });
  }
  return String(value);
}

function VersionItem({ version }: { version: DirectiveVersion }) {
  const { t, lang } = useI18n();
  const me = useMe();
  return (
    <li className="py-3">
      <p className="font-medium text-navy-900">
        {t('versions.heading', { no: version.versionNo, at: formatDateTime(version.at, me.position.unitTimezone, lang) })}
      </p>
      <p className="text-sm text-slate-700">{t('versions.by', { name: version.byName, position: version.byPosition })}</p>
      <p className="mt-1 text-sm text-slate-800">
        <span className="font-medium">{t('versions.reason')}</span> {version.reason}
      </p>
      <dl className="mt-2 flex flex-col gap-2">
        {Object.entries(version.changes).map(([field, change]) => (
          <div key={field} className="text-sm break-words">
            <dt className="font-medium text-slate-700">{t(`versions.field.${field as 'title'}`)}</dt>
            <dd className="text-slate-600">
              <del>{describeValue(field, change.before, t, lang)}</del>
              <span aria-hidden="true"> → </span>
              <span className="sr-only"> {t('versions.becomes')} </span>
              <ins className="no-underline text-slate-900">{describeValue(field, change.after, t, lang)}</ins>
            </dd>
          </div>
        ))}
      </dl>
    </li>
  );
}

/** Every amendment of an issued directive: what changed, why, by whom and when. */
export function VersionsCard({ directiveId }: { directiveId: string }) {
  const { t } = useI18n();
  const versions = useVersions(directiveId);
  return (
    <Card title={t('versions.title')}>
      {versions.isPending && <Spinner />}
      {versions.isError && <Alert tone="error">{describeError(versions.error, t)}</Alert>}
      {versions.data?.length === 0 && <p className="text-slate-600">{t('versions.none')}</p>}
      {versions.data && versions.data.length > 0 && (
        <ol aria-label={t('versions.title')} className="flex flex-col divide-y divide-slate-200">
          {[...versions.data].reverse().map((version) => (
            <VersionItem key={version.id} version={version} />
          ))}
        </ol>
      )}
    </Card>
  );
}
