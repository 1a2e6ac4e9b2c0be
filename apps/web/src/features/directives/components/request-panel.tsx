import { useState } from 'react';
import type { AssignmentDetail, RequestType } from '@selaras/contracts';
import { Alert, Button, Card } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import { RequestForm } from './request-form';
import { RequestItem } from './request-item';

/** The assignment's extension and exemption requests, with the buttons its abilities allow. */
export function RequestPanel({ assignment }: { assignment: AssignmentDetail }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState<RequestType | null>(null);
  const [sent, setSent] = useState(false);
  const { requestExtension, requestExemption } = assignment.abilities;
  if (assignment.requests.length === 0 && !requestExtension && !requestExemption) return null;

  return (
    <Card title={t('request.title')}>
      {sent && <Alert tone="success">{t('request.form.sent')}</Alert>}
      {assignment.requests.length === 0 ? (
        <p className="text-slate-600">{t('request.empty')}</p>
      ) : (
        <ul aria-label={t('request.title')} className="flex flex-col divide-y divide-slate-200">
          {assignment.requests.map((request) => (
            <RequestItem key={request.id} request={request} />
          ))}
        </ul>
      )}
      {!asking && (requestExtension || requestExemption) && (
        <div className="mt-4 flex flex-wrap gap-2">
          {requestExtension && (
            <Button variant="ghost" onClick={() => setAsking('extension')}>
              {t('request.askExtension')}
            </Button>
          )}
          {requestExemption && (
            <Button variant="ghost" onClick={() => setAsking('exemption')}>
              {t('request.askExemption')}
            </Button>
          )}
        </div>
      )}
      {asking && (
        <RequestForm
          assignment={assignment}
          type={asking}
          onDone={(done) => {
            setSent(done);
            setAsking(null);
          }}
        />
      )}
    </Card>
  );
}
