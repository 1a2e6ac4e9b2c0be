import { getRouteApi } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { z } from 'zod';
import { Alert, Card, EmptyRow, LanguageSwitch, Spinner, Table, Td, Th } from '@/components/ui';
import { isApiError } from '@/lib/api-client';
import { describeError } from '@/lib/errors';
import { formatDate, formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { publicPhotoUrl, usePublicCampaign, type PublicCampaign } from '../api/public-campaign';
import { shortUnitName } from '../components/labels';
import { SiteMapCard } from '../components/site-map-card';

const routeApi = getRouteApi('/publik/gerakan/$campaignId');
const IdSchema = z.uuid();

function Totals({ data }: { data: PublicCampaign }) {
  const { t, lang } = useI18n();
  const tiles = [
    { label: data.quantityLabel, value: formatNumber(data.totals.realised, lang) },
    { label: t('campaigns.public.area'), value: `${formatNumber(data.totals.areaHa, lang, 2)} ha` },
    { label: t('campaigns.public.sites'), value: formatNumber(data.totals.sites, lang) },
    { label: t('campaigns.public.units'), value: formatNumber(data.totals.unitsReported, lang) },
    { label: t('campaigns.public.partners'), value: formatNumber(data.totals.partners, lang) },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-5">
      {tiles.map((tile) => (
        <div key={tile.label} className="min-w-0 rounded-md border border-slate-200 bg-white p-3">
          <dt className="text-sm text-slate-600">{tile.label}</dt>
          <dd className="text-xl font-semibold text-navy-900 tabular-nums">{tile.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function PublicContent({ campaignId, data }: { campaignId: string; data: PublicCampaign }) {
  const { t, lang } = useI18n();
  const points = useMemo(
    () => data.sites.map((s, i) => ({ id: String(i), lat: s.lat, lng: s.lng, status: 'terverifikasi' as const })),
    [data.sites],
  );
  const describeSite = useCallback(() => t('campaigns.public.site'), [t]);
  return (
    <div className="flex flex-col gap-5">
      <Totals data={data} />
      <SiteMapCard title={t('campaigns.public.map')} sites={points} describeSite={describeSite} legend={false} />
      <Table caption={t('campaigns.public.kanwil')}>
        <thead>
          <tr>
            <Th>{t('campaigns.board.kanwil')}</Th>
            <Th className="text-right">{data.quantityLabel}</Th>
          </tr>
        </thead>
        <tbody>
          {data.kanwil.length === 0 && <EmptyRow colSpan={2}>{t('campaigns.board.noKanwil')}</EmptyRow>}
          {[...data.kanwil]
            .sort((a, b) => b.realised - a.realised)
            .map((row) => (
              <tr key={row.unitName}>
                <Td className="min-w-40">{shortUnitName(row.unitName)}</Td>
                <Td className="text-right tabular-nums">{formatNumber(row.realised, lang)}</Td>
              </tr>
            ))}
        </tbody>
      </Table>
      {data.photoIds.length > 0 && (
        <Card title={t('campaigns.public.photos')}>
          <ul className="grid grid-cols-1 gap-3 min-[420px]:grid-cols-2 lg:grid-cols-4">
            {data.photoIds.map((fileId) => (
              <li key={fileId}>
                <img
                  src={publicPhotoUrl(campaignId, fileId)}
                  alt={t('campaigns.public.photoAlt', { title: data.title })}
                  loading="lazy"
                  className="aspect-[4/3] w-full rounded-md object-cover"
                />
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}

/** The public impact page: open without signing in, totals and places only. */
export function PublicCampaignPage() {
  const { t, lang } = useI18n();
  const { campaignId } = routeApi.useParams();
  const validId = IdSchema.safeParse(campaignId).success;
  const campaign = usePublicCampaign(campaignId, validId);
  useDocumentTitle(campaign.data?.title ?? t('campaigns.public.title'));
  const notFound = !validId || isApiError(campaign.error, 404);

  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <p className="font-semibold text-navy-900">Selaras · {t('app.tagline')}</p>
          <LanguageSwitch tone="light" />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 outline-none sm:py-8">
        {notFound && <Alert tone="info" title={t('campaigns.public.notFound')} />}
        {!notFound && campaign.isError && <Alert tone="error">{describeError(campaign.error, t)}</Alert>}
        {!notFound && campaign.isPending && <Spinner />}
        {campaign.data && (
          <>
            <p className="text-sm font-medium text-teal-800">{t('campaigns.public.eyebrow')}</p>
            <h1 className="text-2xl font-semibold text-balance text-navy-900 sm:text-3xl">{campaign.data.title}</h1>
            <p className="mt-1 mb-5 text-slate-700">{formatDate(campaign.data.eventDate, lang)}</p>
            <PublicContent campaignId={campaignId} data={campaign.data} />
          </>
        )}
      </main>
      <footer className="border-t border-slate-200 bg-white">
        <p className="mx-auto max-w-6xl px-4 py-4 text-sm text-slate-600">{t('app.owner')}</p>
      </footer>
    </div>
  );
}
