import { Alert, Card, PageHeader, Spinner, Table, Td, Th } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useSplitRules } from '../api/list-split-rules';
import { formatShare } from '../components/money';
import { SplitRuleForm } from '../components/split-rule-form';

/** How proceeds are split, rule by rule; sources disagree, so an administrator sets it with its basis. */
export function SplitRulesPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('splitRules.title'));
  const rules = useSplitRules();
  return (
    <>
      <PageHeader title={t('splitRules.title')} description={t('splitRules.description')} />
      <div className="flex flex-col gap-5">
        {rules.isPending && <Spinner />}
        {rules.isError && <Alert tone="error">{describeError(rules.error, t)}</Alert>}
        {rules.data && (
          <Card title={t('splitRules.history')}>
            <Table caption={t('splitRules.history')} hideCaption>
              <thead>
                <tr>
                  <Th>{t('splitRules.from')}</Th>
                  <Th>{t('splitRules.shares')}</Th>
                  <Th>{t('splitRules.basis')}</Th>
                </tr>
              </thead>
              <tbody>
                {rules.data.items.map((r) => (
                  <tr key={r.id}>
                    <Td className="whitespace-nowrap">
                      {formatDateTime(r.effectiveFrom, 'Asia/Jakarta', lang)}
                      {rules.data.current?.id === r.id && <span className="block text-xs font-semibold text-teal-800">{t('splitRules.inForce')}</span>}
                    </Td>
                    <Td className="whitespace-nowrap">
                      {[r.pnbpBasisPoints, r.premiBasisPoints, r.capitalBasisPoints].map((bp) => formatShare(bp, lang)).join(' / ')}
                    </Td>
                    <Td className="min-w-48">{r.basis}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </Card>
        )}
        {rules.data?.abilities.configure && <SplitRuleForm />}
      </div>
    </>
  );
}
