import type { Path } from 'react-hook-form';
import type { CreateCampaignBodySchema } from '@selaras/contracts';
import type { z } from 'zod';
import { metricFieldPaths } from '@/lib/metric-drafts';

/** The form holds the create body as typed (before defaults are applied). */
export type CampaignFormInput = z.input<typeof CreateCampaignBodySchema>;

export const CAMPAIGN_DRAFT_KEY = 'campaigns.create';

// A planting campaign is the common case: seedlings count against the target, hectares are the area.
export const EMPTY_CAMPAIGN: CampaignFormInput = {
  title: '',
  body: '',
  target: { mode: 'filter', types: [], kanwilIds: [] },
  metrics: [
    { key: 'bibit_ditanam', name: 'Bibit ditanam', unit: 'batang', type: 'integer', rollup: 'sum' },
    { key: 'luas_tanam', name: 'Luas tanam', unit: 'ha', type: 'decimal', rollup: 'sum' },
  ],
  targetMetricKeys: ['bibit_ditanam'],
  areaMetricKey: 'luas_tanam',
  quantityLabel: 'bibit',
  eventDate: '',
  windowStart: '07:00',
  windowEnd: '12:00',
  nationalTarget: 0,
  minPerKanwil: 0,
  geofenceRadiusM: 500,
  monitoringMonths: [1, 3, 6, 12],
  publicPage: false,
};

/** "1, 3, 6, 12" → [1, 3, 6, 12]; a stray word stays NaN so the schema reports it. */
export function toMonths(value: unknown): unknown {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'string') return value;
  return value
    .split(/[,;\s]+/)
    .filter(Boolean)
    .map(Number);
}

const METRIC_FIELDS = ['key', 'name', 'unit', 'type', 'rollup'] as const;

export function campaignServerFields(metricCount: number): Path<CampaignFormInput>[] {
  const fields: Path<CampaignFormInput>[] = [
    'title',
    'body',
    'target',
    'metrics',
    'targetMetricKeys',
    'areaMetricKey',
    'quantityLabel',
    'eventDate',
    'windowStart',
    'windowEnd',
    'nationalTarget',
    'minPerKanwil',
    'geofenceRadiusM',
    'monitoringMonths',
    'publicPage',
  ];
  return [...fields, ...metricFieldPaths(metricCount, METRIC_FIELDS)];
}
