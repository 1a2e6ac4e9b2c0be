import type { UnitDetail } from '@selaras/contracts';
import { Card } from '@/components/ui';
import { formatDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { unitClassLabel } from './unit-labels';

export function ClassHistoryCard({ history }: { history: UnitDetail['classHistory'] }) {
  const { t, lang } = useI18n();
  return (
    <Card title={t('units.classHistory.title')}>
      {history.length === 0 ? (
        <p className="text-slate-600">{t('units.classHistory.empty')}</p>
      ) : (
        <ol className="flex flex-col gap-3 border-l-2 border-teal-600 pl-4">
          {history.map((change) => (
            <li key={`${change.effectiveFrom}-${change.class ?? ''}`}>
              <p className="font-medium">{unitClassLabel(change.class, t)}</p>
              <p className="text-sm text-slate-600">
                {t('units.classHistory.since', { date: formatDate(change.effectiveFrom, lang) })}
              </p>
              {change.note && <p className="text-sm text-slate-700">{change.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
