import type { IncidentSummary } from '@selaras/contracts';
import { formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { formatCounters } from './incident-rules';

/** "Kabur 12 · Tertangkap kembali 5 · Masih buron 7" with numbers in the chosen language. */
export function useCounterLine(): (incident: Pick<IncidentSummary, 'counters' | 'counterDefs'>) => string {
  const { lang } = useI18n();
  return (incident) => formatCounters(incident.counters, incident.counterDefs, (n) => formatNumber(n, lang, 0));
}
