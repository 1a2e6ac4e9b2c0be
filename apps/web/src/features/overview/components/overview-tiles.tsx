import type { Overview } from '@selaras/contracts';
import { cx } from '@/components/ui';
import { formatNumber, formatPercent } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { ShareBar } from './share-bar';

type Tile = { label: string; value: string; detail?: string; percent?: number; tone?: 'amber' | 'teal'; alert?: boolean };

/** Directives issued and open; follow-ups assigned, reported, verified and overdue. */
export function OverviewTiles({ overview }: { overview: Overview }) {
  const { t, lang } = useI18n();
  const n = (value: number) => formatNumber(value, lang);
  const f = overview.followUps;
  const tiles: Tile[] = [
    { label: t('overview.tiles.issued'), value: n(overview.directives.issued), detail: t('overview.tiles.open', { count: n(overview.directives.open) }) },
    { label: t('overview.tiles.assigned'), value: n(f.assigned) },
    {
      label: t('overview.tiles.reported'),
      value: formatPercent(f.reportedPercent, lang),
      detail: t('overview.tiles.ofAssigned', { count: n(f.reported), total: n(f.assigned) }),
      percent: f.reportedPercent,
      tone: 'amber',
    },
    {
      label: t('overview.tiles.verified'),
      value: formatPercent(f.verifiedPercent, lang),
      detail: t('overview.tiles.ofAssigned', { count: n(f.verified), total: n(f.assigned) }),
      percent: f.verifiedPercent,
      tone: 'teal',
    },
    { label: t('overview.tiles.overdue'), value: n(f.overdue), alert: f.overdue > 0 },
  ];
  return (
    <dl aria-label={t('overview.tiles.label')} className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5">
      {tiles.map((tile) => (
        <div key={tile.label} className="rounded-lg border border-slate-200 bg-white p-3 shadow-xs sm:p-4">
          <dt className="text-sm text-slate-600">{tile.label}</dt>
          <dd>
            <span className={cx('block text-2xl font-semibold tabular-nums', tile.alert ? 'text-red-800' : 'text-navy-900')}>
              {tile.value}
            </span>
            {tile.detail && <span className="block text-xs text-slate-600">{tile.detail}</span>}
            {tile.percent !== undefined && tile.tone && (
              <span className="mt-2 block">
                <ShareBar percent={tile.percent} tone={tile.tone} />
              </span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
