import { useState } from 'react';
import type { Enrolment, Programme } from '@selaras/contracts';
import { Alert, Button, Card, cx, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { formatDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useChangeEnrolmentStatus } from '../api/change-enrolment-status';
import { useEnrolments } from '../api/list-enrolments';
import { AddParticipant } from './add-participant';
import { EnrolmentStatusForm } from './enrolment-status-form';
import { BADGE, reasonLabel, STATUS_BADGE, statusLabel } from './labels';

type Open = { enrolmentId: string; target: 'ditangguhkan' | 'selesai' } | null;

/** Participants by pseudonym, with the status moves each one allows. */
export function EnrolmentsSection({ programme }: { programme: Programme }) {
  const { t, lang } = useI18n();
  const enrolments = useEnrolments(programme.id);
  const activate = useChangeEnrolmentStatus(programme.id);
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  function done(promoted: number) {
    setOpen(null);
    setNotice(promoted > 0 ? t('programmes.enrolments.promoted', { count: promoted }) : null);
  }

  async function reactivate(e: Enrolment) {
    setFailure(null);
    try {
      done((await activate.mutateAsync({ enrolmentId: e.id, body: { status: 'aktif' } })).promoted.length);
    } catch (error) {
      setFailure(describeError(error, t));
    }
  }

  return (
    <Card title={t('programmes.enrolments.title')}>
      <p className="mb-3 text-sm text-slate-600">{t('programmes.enrolments.privacy')}</p>
      {programme.abilities.enrol && <AddParticipant programme={programme} onNotice={setNotice} />}
      {notice && <Alert tone="success" className="my-3">{notice}</Alert>}
      {failure && <Alert tone="error" className="my-3">{failure}</Alert>}
      {enrolments.isPending && <Spinner />}
      {enrolments.isError && <Alert tone="error">{describeError(enrolments.error, t)}</Alert>}
      {enrolments.data && enrolments.data.items.length === 0 && <p className="mt-3 text-slate-600">{t('programmes.enrolments.empty')}</p>}
      <ul className="mt-3 flex flex-col divide-y divide-slate-200" aria-label={t('programmes.enrolments.title')}>
        {enrolments.data?.items.map((e) => (
          <li key={e.id} className="py-3" data-enrolment={e.inmate.pseudonym}>
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-mono font-semibold text-navy-900">{e.inmate.pseudonym}</span>
              <span className={cx(BADGE, STATUS_BADGE[e.status])}>{t(statusLabel(e.status))}</span>
              {e.reason && <span className="text-sm text-slate-700">{t(reasonLabel(e.reason))}</span>}
            </div>
            <p className="text-sm text-slate-600">
              {t('programmes.enrolments.since', { date: formatDate(e.enrolledOn, lang) })}
              {e.endedOn && <> · {t('programmes.enrolments.endedOn', { date: formatDate(e.endedOn, lang) })}</>}
            </p>
            {e.note && <p className="text-sm text-slate-700">{e.note}</p>}
            <div className="mt-2 flex flex-wrap gap-2">
              {e.abilities.activate && (
                <Button size="sm" variant="secondary" busy={activate.isPending && activate.variables.enrolmentId === e.id} onClick={() => void reactivate(e)}>
                  {t('programmes.enrolments.activate')}
                </Button>
              )}
              {e.abilities.suspend && (
                <Button size="sm" variant="secondary" onClick={() => setOpen({ enrolmentId: e.id, target: 'ditangguhkan' })}>
                  {t('programmes.enrolments.suspend')}
                </Button>
              )}
              {e.abilities.end && (
                <Button size="sm" variant="danger" onClick={() => setOpen({ enrolmentId: e.id, target: 'selesai' })}>
                  {t('programmes.enrolments.end')}
                </Button>
              )}
            </div>
            {open?.enrolmentId === e.id && (
              <EnrolmentStatusForm programmeId={programme.id} enrolment={e} target={open.target} onDone={done} onCancel={() => setOpen(null)} />
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}
