import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { Campaign } from '@selaras/contracts';
import { EmptyRow, Table, Td, Th } from '@/components/ui';
import { formatDate, formatNumber, formatPercent } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { getBoard } from '../api/get-board';
import { campaignPartKey } from '../api/keys';
import { PHASE_LABEL } from './labels';
import { percentOf, ProgressBar } from './progress-bar';

function CampaignProgress({ campaign }: { campaign: Campaign }) {
  const { lang } = useI18n();
  const board = useQuery({
    queryKey: campaignPartKey(campaign.id, 'board', undefined),
    queryFn: ({ signal }) => getBoard(campaign.id, undefined, signal),
  });
  if (!board.data) return <span className="text-slate-500">–</span>;
  const { realised, target } = board.data.totals;
  const percent = percentOf(realised, target);
  return (
    <div className="flex min-w-36 flex-col gap-1">
      <span className="tabular-nums">
        {formatNumber(realised, lang)} / {formatNumber(target, lang)} {campaign.quantityLabel}
        <span className="text-slate-600"> · {formatPercent(percent, lang)}</span>
      </span>
      <ProgressBar percent={percent} />
    </div>
  );
}

export function CampaignsTable({ campaigns }: { campaigns: Campaign[] }) {
  const { t, lang } = useI18n();
  return (
    <Table caption={t('campaigns.table.caption')} hideCaption>
      <thead>
        <tr>
          <Th>{t('campaigns.table.title')}</Th>
          <Th>{t('campaigns.table.eventDate')}</Th>
          <Th>{t('campaigns.table.phase')}</Th>
          <Th>{t('campaigns.table.progress')}</Th>
        </tr>
      </thead>
      <tbody>
        {campaigns.length === 0 && <EmptyRow colSpan={4}>{t('campaigns.table.empty')}</EmptyRow>}
        {campaigns.map((campaign) => (
          <tr key={campaign.id} className="hover:bg-slate-50">
            <Td className="min-w-56">
              <Link
                to="/campaigns/$campaignId"
                params={{ campaignId: campaign.id }}
                className="font-medium text-navy-800 underline-offset-4 hover:underline"
              >
                {campaign.title}
              </Link>
            </Td>
            <Td className="whitespace-nowrap">{formatDate(campaign.eventDate, lang)}</Td>
            <Td>{t(PHASE_LABEL[campaign.phase])}</Td>
            <Td>
              <CampaignProgress campaign={campaign} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
