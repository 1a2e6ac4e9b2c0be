import { Alert } from '@/components/ui';
import { isApiError } from '@/lib/api-client';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';

/** A failed request above a form or panel: the problem's message and, when it names them, every field issue. */
export function ProblemAlert({ error, className }: { error: unknown; className?: string }) {
  const { t } = useI18n();
  const issues = isApiError(error) ? (error.problem.errors ?? []) : [];
  return (
    <Alert tone="error" className={className}>
      {describeError(error, t)}
      {issues.length > 0 && (
        <ul className="mt-2 list-disc pl-5">
          {issues.map((issue, index) => (
            <li key={`${issue.path}-${index}`}>
              {issue.path}: {issue.message}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
