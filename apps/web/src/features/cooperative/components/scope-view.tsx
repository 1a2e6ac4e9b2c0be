import { Alert, Card, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useCooperatives } from '../api/list-cooperatives';
import { useRealisation } from '../api/get-realisation';
import { KanwilTable } from './kanwil-table';
import { TargetEditor } from './target-editor';
import { UnitsTable } from './units-table';

/** HQ sees its Kanwil; a Kanwil (or HQ inside one) its UPTs, with the target editor for leaders. */
export function ScopeView({ parentId, perKanwil }: { parentId: string | undefined; perKanwil: boolean }) {
  const { t } = useI18n();
  const realisation = useRealisation(parentId);
  if (perKanwil) {
    return (
      <Card title={t('coop.kanwil.title')}>
        {realisation.isPending && <Spinner />}
        {realisation.isError && <Alert tone="error">{describeError(realisation.error, t)}</Alert>}
        {realisation.data && <KanwilTable realisation={realisation.data} />}
      </Card>
    );
  }
  return <UnitsSection parentId={parentId} />;
}

function UnitsSection({ parentId }: { parentId: string | undefined }) {
  const { t } = useI18n();
  const list = useCooperatives(parentId);
  const realisation = useRealisation(parentId);
  return (
    <div className="flex flex-col gap-5">
      <Card title={t('coop.units.title')}>
        {list.isPending && <Spinner />}
        {list.isError && <Alert tone="error">{describeError(list.error, t)}</Alert>}
        {list.data && <UnitsTable list={list.data} realisation={realisation.data} />}
      </Card>
      {list.data && realisation.data?.abilities.setTargets && <TargetEditor list={list.data} year={realisation.data.year} />}
    </div>
  );
}
