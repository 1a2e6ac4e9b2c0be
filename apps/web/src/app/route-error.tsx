import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { Alert, Button } from '@/components/ui';
import { isApiError } from '@/lib/api-client';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';

/** What a page shows when loading it failed: the reason, the request id, and a way to try again. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const { t } = useI18n();
  const router = useRouter();
  const queryReset = useQueryErrorResetBoundary();
  const forbidden = isApiError(error, 403);
  const title = forbidden ? t('errors.forbiddenTitle') : t('errors.pageTitle');
  useDocumentTitle(title);

  function retry() {
    queryReset.reset();
    reset();
    void router.invalidate();
  }

  return (
    <div className="mx-auto max-w-lg py-8">
      <h1 className="mb-3 text-2xl font-semibold text-navy-900">{title}</h1>
      <Alert tone={forbidden ? 'warning' : 'error'}>{describeError(error, t)}</Alert>
      {!forbidden && (
        <Button className="mt-4" onClick={retry}>
          {t('common.retry')}
        </Button>
      )}
    </div>
  );
}
