import { useEffect, useState } from 'react';
import type { SessionAttendance, SessionAttendanceStatus } from '@selaras/contracts';
import { Alert, Button } from '@/components/ui';
import { isApiError } from '@/lib/api-client';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useRecordSessionAttendance } from '../api/record-session-attendance';
import {
  clearDraft,
  differs,
  draftKey,
  loadDraft,
  markAllPresent,
  marksFromServer,
  saveDraft,
  setReason,
  setStatus,
  tally,
  toBody,
  type Marks,
} from './attendance-draft';
import { AttendanceRowItem } from './attendance-row';

type Props = { register: SessionAttendance };

/**
 * The fast grid for a phone: mark everyone present, then the exceptions with a reason. Marks are kept on the
 * device until the server confirms, so a dropped connection or a reload loses nothing.
 */
export function AttendanceGrid({ register }: Props) {
  const { t } = useI18n();
  const { programmeId, session, roster } = register;
  const key = draftKey(programmeId, session.date, session.start);
  const [initial] = useState(() => {
    const draft = register.abilities.record ? loadDraft(key, roster) : null;
    return { marks: draft ?? marksFromServer(roster), restored: draft !== null && differs(roster, draft) };
  });
  const [marks, setMarks] = useState<Marks>(initial.marks);
  const [saved, setSaved] = useState(false);
  const save = useRecordSessionAttendance(programmeId, session.date, session.start);
  const counts = tally(roster, marks);
  // No answer after the retries, or held back while the device reports no network (it resumes by itself).
  const failedOffline = save.isError && !isApiError(save.error);
  const offline = failedOffline || save.isPaused;
  const editable = register.abilities.record;

  function change(next: Marks) {
    setMarks(next);
    setSaved(false);
    saveDraft(key, next);
  }

  function submit() {
    if (counts.missingReason > 0) return;
    save.mutate(toBody(roster, marks), {
      onSuccess: (result) => {
        clearDraft(key);
        setMarks(marksFromServer(result.roster));
        setSaved(true);
      },
    });
  }

  // Back online after a failed save: send the kept register again.
  useEffect(() => {
    if (!failedOffline) return;
    const retry = () => save.mutate(toBody(roster, marks));
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [failedOffline, save, roster, marks]);

  return (
    <section aria-labelledby="attendance-roster" className="rounded-lg border border-slate-200 bg-white">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 p-3">
        <h2 id="attendance-roster" className="text-lg font-semibold text-navy-900">
          {t('attendance.roster', { count: roster.length })}
        </h2>
        {editable && roster.length > 0 && (
          <Button variant="secondary" size="sm" onClick={() => change(markAllPresent(roster, marks))}>
            {t('attendance.markAllPresent')}
          </Button>
        )}
      </div>
      {initial.restored && !saved && (
        <Alert tone="info" className="m-3">
          {t('attendance.draftKept')}
        </Alert>
      )}
      {roster.length === 0 ? (
        <p className="p-3 text-slate-700">{t('attendance.emptyRoster')}</p>
      ) : (
        <ul>
          {roster.map((row) => (
            <AttendanceRowItem
              key={row.inmateId}
              row={row}
              mark={marks[row.inmateId]}
              disabled={!editable || save.isPending}
              onStatus={(status: SessionAttendanceStatus) => change(setStatus(marks, row.inmateId, status))}
              onReason={(reasonCode) => change(setReason(marks, row.inmateId, reasonCode))}
            />
          ))}
        </ul>
      )}
      {editable && roster.length > 0 && (
        <div className="sticky bottom-0 flex flex-col gap-2 border-t border-slate-200 bg-white/95 p-3 shadow-[0_-2px_6px_rgba(0,0,0,0.06)]">
          <div role="status" aria-live="polite" className="text-sm">
            {saved && !save.isPending && <p className="font-medium text-teal-800">{t('attendance.saved')}</p>}
            {offline && <p className="text-red-800">{t('attendance.offline')}</p>}
            {save.isError && !offline && <p className="text-red-800">{describeError(save.error, t)}</p>}
            {counts.missingReason > 0 && <p className="text-red-800">{t('attendance.fixRows', { count: counts.missingReason })}</p>}
            {counts.unmarked > 0 && <p className="text-slate-700">{t('attendance.unmarked', { count: counts.unmarked })}</p>}
          </div>
          <Button onClick={submit} busy={save.isPending} disabled={counts.hadir + counts.other === 0 || counts.missingReason > 0}>
            {t('attendance.save', { hadir: counts.hadir, other: counts.other })}
          </Button>
        </div>
      )}
    </section>
  );
}
