import { useI18n } from '@/lib/i18n/i18n';
import { formatNumber } from '@/lib/format';
import { Button } from './button';

type PaginationProps = {
  total: number;
  limit: number;
  offset: number;
  onChange: (offset: number) => void;
};

export function Pagination({ total, limit, offset, onChange }: PaginationProps) {
  const { t, lang } = useI18n();
  if (total === 0) return null;
  const from = offset + 1;
  const to = Math.min(offset + limit, total);
  const hasPrevious = offset > 0;
  const hasNext = offset + limit < total;
  return (
    <nav aria-label={t('pagination.label')} className="flex flex-wrap items-center justify-between gap-3 pt-3">
      <p className="text-sm text-slate-700" aria-live="polite">
        {t('pagination.range', {
          from: formatNumber(from, lang),
          to: formatNumber(to, lang),
          total: formatNumber(total, lang),
        })}
      </p>
      <div className="flex gap-2">
        <Button
          variant="secondary"
          size="sm"
          disabled={!hasPrevious}
          onClick={() => onChange(Math.max(0, offset - limit))}
        >
          {t('pagination.previous')}
        </Button>
        <Button variant="secondary" size="sm" disabled={!hasNext} onClick={() => onChange(offset + limit)}>
          {t('pagination.next')}
        </Button>
      </div>
    </nav>
  );
}
