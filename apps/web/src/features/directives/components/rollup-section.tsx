import { Link } from '@tanstack/react-router';
import type { Directive } from '@selaras/contracts';
import { Alert, buttonClasses, Card, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useMediaQuery } from '@/lib/use-media-query';
import { useRollup } from '../api/get-rollup';
import { MetricTotals, RollupTiles } from './rollup-tiles';
import { RollupCards } from './rollup-cards';
import { RollupTable } from './rollup-table';

/** Progress of an issued directive: the national line, metric totals and one row per Kanwil. */
export function RollupSection({ directive }: { directive: Directive }) {
  const { t } = useI18n();
  const rollup = useRollup(directive.id);
  // A table of Kanwil by counts and metrics needs width; a phone gets one card per Kanwil.
  const wide = useMediaQuery('(min-width: 768px)');
  return (
    <Card
      title={t('rollup.title')}
      actions={
        <Link to="/assignments" search={{ directiveId: directive.id }} className={buttonClasses('secondary', 'sm')}>
          {t('rollup.assignments')}
        </Link>
      }
    >
      <p className="mb-4 max-w-prose text-sm text-slate-700">{t('rollup.explain')}</p>
      <div aria-busy={rollup.isFetching}>
        {rollup.isPending && <Spinner />}
        {rollup.isError && <Alert tone="error">{describeError(rollup.error, t)}</Alert>}
        {rollup.data && (
          <div className="flex flex-col gap-4">
            <RollupTiles national={rollup.data.national} />
            <MetricTotals metrics={directive.metrics} national={rollup.data.national} />
            {wide ? (
              <RollupTable rows={rollup.data.kanwil} metrics={directive.metrics} />
            ) : (
              <RollupCards rows={rollup.data.kanwil} metrics={directive.metrics} />
            )}
          </div>
        )}
      </div>
    </Card>
  );
}
