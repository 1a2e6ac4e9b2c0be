import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { SessionAttendance, SessionAttendanceStatus } from '@selaras/contracts';
import { OutboxItemStatus } from '@/components/outbox-item-status';
import { Alert, Button } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { failedWithoutAnswer, isDeviceOffline } from '@/lib/offline/network';
import { useOutboxItem } from '@/lib/outbox/outbox';
import {
  deliveredAttendance,
  queueSessionAttendance,
  showSavedAttendance,
  useRecordSessionAttendance,
} from '../api/record-session-attendance';
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
 * device until the server confirms, so a dropped connection or a reload loses nothing; without a signal the
 * register waits in the outbox and is sent when the signal returns.
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
  const [queuedId, setQueuedId] = useState<string | null>(null);
  const queued = useOutboxItem(queuedId);
  const queryClient = useQueryClient();
  const save = useRecordSessionAttendance(programmeId, session.date, session.start);
  const counts = tally(roster, marks);
  const waiting = queued?.status === 'pending' || queued?.status === 'sending';
  const stuck = queued?.status === 'rejected' || queued?.status === 'conflict';
  const editable = register.abilities.record;

  // A copy on the device that matches the server (sent by the outbox while the grid was closed) is no longer needed.
  useEffect(() => {
    if (!initial.restored) clearDraft(key);
  }, [initial.restored, key]);

  function change(next: Marks) {
    setMarks(next);
    setSaved(false);
    saveDraft(key, next);
  }

  function confirmed(result: SessionAttendance) {
    clearDraft(key);
    setMarks(marksFromServer(result.roster));
    setSaved(true);
  }

  async function keepOnDevice() {
    const label = t('capture.attendance.label', { programme: register.programmeName, date: session.date, start: session.start });
    const item = await queueSessionAttendance(programmeId, session.date, session.start, toBody(roster, marks), label);
    setQueuedId(item.id);
  }

  function submit() {
    if (counts.missingReason > 0) return;
    setQueuedId(null);
    if (isDeviceOffline()) return void keepOnDevice();
    save.mutate(toBody(roster, marks), {
      onSuccess: confirmed,
      onError: (error) => {
        if (!failedWithoutAnswer(error)) return;
        save.reset();
        void keepOnDevice();
      },
    });
  }

  // The outbox delivered the register while the grid is open: show what the server now holds.
  const delivered = deliveredAttendance(queued);
  useEffect(() => {
    if (!delivered) return;
    setQueuedId(null);
    showSavedAttendance(queryClient, { programmeId, date: session.date, start: session.start }, delivered);
    confirmed(delivered);
    // Runs once: clearing the queued id makes `delivered` null on the next render.
  }, [delivered]);

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
            {waiting && <p className="text-red-800">{t('attendance.offline')}</p>}
            {stuck && <OutboxItemStatus item={queued} />}
            {save.isError && <p className="text-red-800">{describeError(save.error, t)}</p>}
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
