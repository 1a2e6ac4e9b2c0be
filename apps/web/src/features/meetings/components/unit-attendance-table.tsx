import { useState } from 'react';
import { STAFF_COUNT_MAX, type AttendanceUnit, type Meeting } from '@selaras/contracts';
import { Alert, Button, EmptyRow, Table, Td, Th } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { formatNumber, formatTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useRecordAttendance } from '../api/record-attendance';

function RecordCell({ meeting, unit }: { meeting: Meeting; unit: AttendanceUnit }) {
  const { t } = useI18n();
  const record = useRecordAttendance();
  const [value, setValue] = useState(unit.staffCount === null ? '' : String(unit.staffCount));
  return (
    <form
      className="flex items-center gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        record.mutate({ meetingId: meeting.id, unitId: unit.unitId, staffCount: value.trim() === '' ? null : Number(value) });
      }}
    >
      <input
        type="number"
        inputMode="numeric"
        min={1}
        max={STAFF_COUNT_MAX}
        aria-label={t('meetings.units.staffFor', { unit: unit.unitName })}
        className="focus-ring w-20 rounded-md border border-slate-300 px-2 py-1"
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <Button type="submit" size="sm" variant="secondary" busy={record.isPending}>
        {t('meetings.units.record')}
      </Button>
      {record.isError && <Alert tone="error">{describeError(record.error, t)}</Alert>}
    </form>
  );
}

/** The invited units in the caller's area; the organiser records or corrects any of them. */
export function UnitAttendanceTable({ meeting, units }: { meeting: Meeting; units: AttendanceUnit[] }) {
  const { t, lang } = useI18n();
  const manage = meeting.abilities.manage;
  return (
    <Table caption={t('meetings.units.heading')}>
      <thead>
        <tr>
          <Th>{t('meetings.units.unit')}</Th>
          <Th className="text-right">{t('meetings.units.staff')}</Th>
          <Th>{t('meetings.units.recorded')}</Th>
          {manage && <Th>{t('meetings.units.record')}</Th>}
        </tr>
      </thead>
      <tbody>
        {units.length === 0 && <EmptyRow colSpan={manage ? 4 : 3}>{t('meetings.attendance.empty')}</EmptyRow>}
        {units.map((unit) => (
          <tr key={unit.unitId}>
            <Td className="min-w-48">{unit.unitName}</Td>
            <Td className="text-right tabular-nums">
              {unit.staffCount === null ? t('meetings.units.absent') : formatNumber(unit.staffCount, lang)}
            </Td>
            <Td className="min-w-40 text-slate-600">
              {unit.checkedInAt && `${formatTime(unit.checkedInAt, meeting.timezone, lang)} · `}
              {unit.recordedByPosition ?? '–'}
              {unit.byOrganiser && ` (${t('meetings.units.byOrganiser')})`}
            </Td>
            {manage && (
              <Td>
                <RecordCell meeting={meeting} unit={unit} />
              </Td>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
