import { Alert, Card, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useMediaQuery } from '@/lib/use-media-query';
import { useUnitTree } from '../api/get-unit-tree';
import { UnitTree } from './unit-tree';

export function UnitTreeCard() {
  const { t } = useI18n();
  const tree = useUnitTree();
  // Beside the table there is room for the Kanwil list; above it on a phone, only the root line.
  const wide = useMediaQuery('(min-width: 1024px)');
  return (
    <Card title={t('units.tree.title')}>
      {tree.isPending && <Spinner />}
      {tree.isError && <Alert tone="error">{describeError(tree.error, t)}</Alert>}
      {tree.data && (
        <div className="pr-1 lg:max-h-[70vh] lg:overflow-y-auto">
          <UnitTree roots={tree.data} openDepth={wide ? 1 : 0} />
        </div>
      )}
    </Card>
  );
}
