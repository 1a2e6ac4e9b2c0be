import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import type { Directive } from '@selaras/contracts';
import { Alert, buttonClasses, Card, SelectField, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useMediaQuery } from '@/lib/use-media-query';
import { useRollup } from '../api/get-rollup';
import { MetricTotals, RollupTiles } from './rollup-tiles';
import { RollupCards } from './rollup-cards';
import { RollupTable } from './rollup-table';
import { describeDue } from './labels';

/** Progress of an issued directive: the national line, metric totals and one row per Kanwil. */
export function RollupSection({ directive }: { directive: Directive }) {
  const { t, lang } = useI18n();
  // Absent: the current window (the first still due, else the last), as the server decides.
  const [windowNo, setWindowNo] = useState<number | undefined>(undefined);
  const rollup = useRollup(directive.id, true, windowNo);
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
            {rollup.data.windows.length > 1 && (
              <SelectField
                label={t('windows.switch')}
                hint={t('windows.showing', { no: rollup.data.window, count: rollup.data.windows.length })}
                fieldClassName="max-w-md"
                value={String(rollup.data.window)}
                onChange={(event) => setWindowNo(Number(event.target.value))}
                options={rollup.data.windows.map((w) => ({
                  value: String(w.no),
                  label: t('windows.option', { no: w.no, due: describeDue({ local: w.dueLocal, zone: directive.due.zone }, t, lang) }),
                }))}
              />
            )}
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
