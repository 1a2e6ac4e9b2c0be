import { useId, useState } from 'react';
import type { Incident } from '@selaras/contracts';
import { Alert, Button, Card, TextField } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useChangeIncidentStatus } from '../api/change-incident-status';
import { nextStatuses, type NextStatus } from './incident-rules';
import { STATUS_ACTION } from './labels';

/** Moves the incident on: ditangani → terkendali → pulih, with an optional note. */
export function StatusActions({ incident }: { incident: Incident }) {
  const { t } = useI18n();
  const change = useChangeIncidentStatus(incident.id);
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const groupId = useId();
  const options = nextStatuses(incident.status);
  if (options.length === 0) return null;

  async function moveTo(status: NextStatus) {
    setFailure(null);
    try {
      await change.mutateAsync({ status, ...(note.trim() ? { note: note.trim() } : {}) });
      setNote('');
    } catch (error) {
      setFailure(describeError(error, t));
    }
  }

  return (
    <Card title={t('incidents.status.title')}>
      <div className="flex flex-col gap-3">
        {failure && <Alert tone="error">{failure}</Alert>}
        <TextField
          label={t('incidents.status.note')}
          value={note}
          maxLength={2000}
          onChange={(e) => setNote(e.target.value)}
        />
        <div role="group" aria-labelledby={groupId} className="flex flex-wrap gap-2">
          <span id={groupId} className="sr-only">
            {t('incidents.status.title')}
          </span>
          {options.map((status) => (
            <Button
              key={status}
              variant={status === options[0] ? 'primary' : 'secondary'}
              disabled={change.isPending}
              busy={change.isPending && change.variables.status === status}
              onClick={() => void moveTo(status)}
            >
              {t(STATUS_ACTION[status])}
            </Button>
          ))}
        </div>
      </div>
    </Card>
  );
}
