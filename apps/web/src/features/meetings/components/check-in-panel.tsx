import { useState, type FormEvent } from 'react';
import { STAFF_COUNT_MAX, type Meeting } from '@selaras/contracts';
import { Alert, Button, Card, TextField } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { formatDateTime, formatTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useCheckIn } from '../api/check-in';

/** "Hadir": the caller's unit checks in with its staff count (shown only when the server allows it). */
export function CheckInPanel({ meeting }: { meeting: Meeting }) {
  const { t, lang } = useI18n();
  const checkIn = useCheckIn();
  const [staff, setStaff] = useState('');
  const own = meeting.ownInvitation;
  if (!own) return null;
  const zone = meeting.timezone;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    checkIn.mutate({ meetingId: meeting.id, staffCount: Number(staff) });
  }

  return (
    <Card title={t('meetings.checkIn.heading')}>
      <div className="flex flex-col gap-3">
        {own.staffCount !== null && (
          <Alert tone="success">{t('meetings.checkIn.done', { unit: own.unitName, count: own.staffCount })}</Alert>
        )}
        <p className="text-sm text-slate-600">
          {t('meetings.checkIn.window', {
            opens: formatDateTime(meeting.checkInOpensAt, zone, lang),
            closes: formatTime(meeting.endsAt, zone, lang),
          })}
        </p>
        {checkIn.isError && <Alert tone="error">{describeError(checkIn.error, t)}</Alert>}
        {meeting.abilities.checkIn && (
          <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3">
            <TextField
              label={t('meetings.checkIn.staff')}
              type="number"
              inputMode="numeric"
              min={1}
              max={STAFF_COUNT_MAX}
              required
              value={staff}
              onChange={(event) => setStaff(event.target.value)}
            />
            <Button type="submit" busy={checkIn.isPending}>
              {t('meetings.checkIn.submit')}
            </Button>
          </form>
        )}
      </div>
    </Card>
  );
}
