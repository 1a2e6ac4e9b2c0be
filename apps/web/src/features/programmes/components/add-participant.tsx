import { useState, type FormEvent } from 'react';
import type { Programme } from '@selaras/contracts';
import { Alert, Button, SelectField } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useEnrolInmate } from '../api/enrol-inmate';
import { useUnitInmates } from '../api/list-unit-inmates';

type Props = { programme: Programme; onNotice: (text: string) => void };

/** "Tambah peserta": pick an active inmate of the programme's unit; the answer says seat or waitlist. */
export function AddParticipant({ programme, onNotice }: Props) {
  const { t } = useI18n();
  const [opened, setOpened] = useState(false);
  const inmates = useUnitInmates(programme.unit.id, opened);
  const enrol = useEnrolInmate(programme.id);
  const [inmateId, setInmateId] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!inmateId) {
      setMissing(true);
      return;
    }
    setFailure(null);
    try {
      const { enrolment } = await enrol.mutateAsync(inmateId);
      const key = enrolment.status === 'aktif' ? 'programmes.enrolments.enrolled' : 'programmes.enrolments.waitlisted';
      onNotice(t(key, { pseudonym: enrolment.inmate.pseudonym }));
      setInmateId('');
      setMissing(false);
    } catch (error) {
      setFailure(describeError(error, t));
    }
  }

  if (!opened) {
    return (
      <Button variant="primary" onClick={() => setOpened(true)}>
        {t('programmes.enrolments.add')}
      </Button>
    );
  }
  const options = (inmates.data ?? []).map((i) => ({ value: i.id, label: `${i.pseudonym} · ${i.registrationNumber}` }));
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('programmes.enrolments.add')} className="flex flex-col gap-3 rounded-md border border-slate-200 p-3">
      {failure && <Alert tone="error">{failure}</Alert>}
      {inmates.isError && <Alert tone="error">{describeError(inmates.error, t)}</Alert>}
      {inmates.data && options.length === 0 && <p className="text-sm text-slate-600">{t('programmes.enrolments.noInmates')}</p>}
      <SelectField
        label={t('programmes.enrolments.pick')}
        required
        placeholder={t('programmes.enrolments.pickPlaceholder')}
        options={options}
        value={inmateId}
        error={missing && !inmateId ? t('validation.choose') : undefined}
        onChange={(e) => setInmateId(e.target.value)}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" busy={enrol.isPending}>
          {t('programmes.enrolments.add')}
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={() => setOpened(false)}>
          {t('programmes.enrolments.cancel')}
        </Button>
      </div>
    </form>
  );
}
