import { Link } from '@tanstack/react-router';
import { Alert, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useAssignmentRequestList } from '../api/assignment-requests';
import { shortUnitName } from './labels';
import { RequestItem } from './request-item';

/** Pending extension and exemption requests in the caller's scope, oldest first. */
export function RequestQueue() {
  const { t } = useI18n();
  const requests = useAssignmentRequestList({ status: 'pending', limit: 100, offset: 0 });
  if (requests.isPending) return <Spinner />;
  if (requests.isError) return <Alert tone="error">{describeError(requests.error, t)}</Alert>;
  if (requests.data.items.length === 0)
    return <p className="py-6 text-center text-slate-600">{t('request.queue.empty')}</p>;
  return (
    <ul aria-label={t('request.queue.title')} className="flex flex-col divide-y divide-slate-200">
      {requests.data.items.map((request) => (
        <li key={request.id} className="py-2">
          <Link
            to="/assignments/$assignmentId"
            params={{ assignmentId: request.assignmentId }}
            className="font-medium break-words text-navy-800 underline-offset-4 hover:underline"
          >
            {request.directiveTitle}
            <span className="block text-sm font-normal text-slate-700">{shortUnitName(request.unitName)}</span>
          </Link>
          <ul>
            <RequestItem request={request} />
          </ul>
        </li>
      ))}
    </ul>
  );
}
