import { useState } from 'react';
import type { AssignmentRequest } from '@selaras/contracts';
import { Alert, Button, TextareaField } from '@/components/ui';
import { isApiError } from '@/lib/api-client';
import { describeError } from '@/lib/errors';
import { localizeContractMessage } from '@/lib/i18n/contract-messages';
import { useI18n } from '@/lib/i18n/i18n';
import { useDecideAssignmentRequest } from '../api/assignment-requests';

/** Approve a request, or reject it with a reason the unit will read. */
export function RequestDecision({ request }: { request: AssignmentRequest }) {
  const { t, lang } = useI18n();
  const decide = useDecideAssignmentRequest();
  const [rejecting, setRejecting] = useState(false);
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<string | null>(null);

  async function send(decision: 'approved' | 'rejected') {
    setFailure(null);
    try {
      await decide.mutateAsync({
        requestId: request.id,
        body: decision === 'approved' ? { decision } : { decision, note },
      });
    } catch (error) {
      const field = isApiError(error) ? error.problem.errors?.find((e) => e.path === 'body.note')?.message : undefined;
      setFailure(field ?? describeError(error, t));
    }
  }

  return (
    <div className="mt-3 flex flex-col gap-3">
      {failure && <Alert tone="error">{localizeContractMessage(failure, lang)}</Alert>}
      {!rejecting && (
        <div className="flex flex-wrap gap-2">
          <Button busy={decide.isPending} onClick={() => void send('approved')}>
            {t('request.approve')}
          </Button>
          <Button variant="danger" disabled={decide.isPending} onClick={() => setRejecting(true)}>
            {t('request.reject')}
          </Button>
        </div>
      )}
      {rejecting && (
        <form
          noValidate
          className="flex flex-col gap-3"
          onSubmit={(event) => {
            event.preventDefault();
            void send('rejected');
          }}
        >
          <TextareaField
            label={t('request.rejectNote')}
            required
            autoFocus
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="danger" busy={decide.isPending}>
              {t('request.rejectSubmit')}
            </Button>
            <Button variant="ghost" disabled={decide.isPending} onClick={() => setRejecting(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
