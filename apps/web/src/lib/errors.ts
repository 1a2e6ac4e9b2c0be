import { isApiError } from './api-client';
import type { Translate } from './i18n/i18n';

/** One sentence for a failed request: the server's own explanation when it gave one. */
export function describeError(error: unknown, t: Translate): string {
  if (isApiError(error)) {
    if (error.status === 403) return t('errors.forbidden');
    if (error.status >= 500) return t('errors.server', { requestId: error.problem.requestId ?? '-' });
    return error.problem.detail ?? error.problem.title;
  }
  if (error instanceof TypeError) return t('errors.network');
  return t('errors.unexpected');
}
