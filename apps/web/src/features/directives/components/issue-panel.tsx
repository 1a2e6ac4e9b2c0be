import { useState } from 'react';
import type { Directive } from '@selaras/contracts';
import { Alert, Button, Card } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { localizeContractMessage } from '@/lib/i18n/contract-messages';
import { useI18n } from '@/lib/i18n/i18n';
import { useIssueDirective } from '../api/issue-directive';

/** Issuing sends the directive to every target unit and cannot be undone: it asks once more. */
export function IssuePanel({ directive }: { directive: Directive }) {
  const { t, lang } = useI18n();
  const issue = useIssueDirective();
  const [confirming, setConfirming] = useState(false);

  return (
    <Card title={t('directives.issue.title')}>
      <p className="max-w-prose text-slate-700">{t('directives.issue.explain')}</p>
      {issue.isError && (
        <Alert tone="error" className="mt-3">
          {localizeContractMessage(describeError(issue.error, t), lang)}
        </Alert>
      )}
      <div className="mt-4 flex flex-wrap gap-2">
        {confirming ? (
          <>
            <Button
              busy={issue.isPending}
              onClick={() => issue.mutate(directive.id, { onSettled: () => setConfirming(false) })}
            >
              {t('directives.issue.confirm')}
            </Button>
            <Button variant="ghost" disabled={issue.isPending} onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
          </>
        ) : (
          <Button onClick={() => setConfirming(true)}>{t('directives.issue.submit')}</Button>
        )}
      </div>
      {confirming && (
        <p role="status" className="mt-2 text-sm font-medium text-amber-900">
          {t('directives.issue.question')}
        </p>
      )}
    </Card>
  );
}
