import type { Meeting } from '@selaras/contracts';
import { Alert, Card, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useAttendance } from '../api/get-attendance';
import { KanwilRatesTable } from './kanwil-rates-table';
import { UnitAttendanceTable } from './unit-attendance-table';

export function AttendanceSection({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const attendance = useAttendance(meeting.id);
  return (
    <Card title={t('meetings.attendance.heading')}>
      {attendance.isPending && <Spinner />}
      {attendance.isError && <Alert tone="error">{describeError(attendance.error, t)}</Alert>}
      {attendance.data && (
        <div className="flex flex-col gap-5">
          <KanwilRatesTable attendance={attendance.data} />
          <UnitAttendanceTable meeting={meeting} units={attendance.data.units} />
        </div>
      )}
    </Card>
  );
}
