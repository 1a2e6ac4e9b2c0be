import { useState, type FormEvent } from 'react';
import { ENROLMENT_REASONS, type Enrolment, type EnrolmentReason } from '@selaras/contracts';
import { Alert, Button, SelectField, TextField } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useChangeEnrolmentStatus } from '../api/change-enrolment-status';
import { reasonLabel } from './labels';

type Target = 'ditangguhkan' | 'selesai';
type Props = { programmeId: string; enrolment: Enrolment; target: Target; onDone: (promoted: number) => void; onCancel: () => void };

/** Suspending or ending asks for a coded reason and an optional note. */
export function EnrolmentStatusForm({ programmeId, enrolment, target, onDone, onCancel }: Props) {
  const { t } = useI18n();
  const change = useChangeEnrolmentStatus(programmeId);
  const [reason, setReason] = useState<EnrolmentReason | ''>('');
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason) {
      setMissing(true);
      return;
    }
    setFailure(null);
    try {
      const result = await change.mutateAsync({ enrolmentId: enrolment.id, body: { status: target, reason, ...(note.trim() ? { note: note.trim() } : {}) } });
      onDone(result.promoted.length);
    } catch (error) {
      setFailure(describeError(error, t));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('programmes.enrolments.changeFor', { pseudonym: enrolment.inmate.pseudonym })} className="mt-2 flex flex-col gap-3 rounded-md bg-slate-50 p-3">
      {failure && <Alert tone="error">{failure}</Alert>}
      <SelectField
        label={t('programmes.enrolments.reason')}
        required
        placeholder={t('programmes.enrolments.reason')}
        options={ENROLMENT_REASONS.map((r) => ({ value: r, label: t(reasonLabel(r)) }))}
        value={reason}
        error={missing && !reason ? t('validation.choose') : undefined}
        onChange={(e) => setReason(e.target.value as EnrolmentReason | '')}
      />
      <TextField label={t('programmes.enrolments.note')} value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" variant={target === 'selesai' ? 'danger' : 'primary'} busy={change.isPending}>
          {t('programmes.enrolments.confirm')}
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={onCancel}>
          {t('programmes.enrolments.cancel')}
        </Button>
      </div>
    </form>
  );
}
