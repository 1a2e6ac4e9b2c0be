import { ATTENDANCE_REASON_CODES, SESSION_ATTENDANCE_STATUSES, type AttendanceRow, type SessionAttendanceStatus } from '@selaras/contracts';
import { cx } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import { needsReason, type Mark } from './attendance-draft';

type Props = {
  row: AttendanceRow;
  mark: Mark | undefined;
  disabled: boolean;
  onStatus: (status: SessionAttendanceStatus) => void;
  onReason: (reasonCode: string) => void;
};

/** One inmate: pseudonym and registration number, a segmented status control, and a reason when not present. */
export function AttendanceRowItem({ row, mark, disabled, onStatus, onReason }: Props) {
  const { t } = useI18n();
  const who = row.pseudonym;
  const reasons: readonly string[] = mark ? ATTENDANCE_REASON_CODES[mark.status] : [];
  const missing = needsReason(mark);
  const reasonId = `reason-${row.inmateId}`;
  return (
    <li className="border-b border-slate-200 px-3 py-2" data-testid="attendance-row">
      <fieldset disabled={disabled} className="min-w-0">
        <legend className="flex w-full flex-wrap items-baseline gap-x-2 text-sm">
          <span className="font-semibold text-navy-900">{row.pseudonym}</span>
          <span className="text-slate-600">{row.registrationNumber}</span>
        </legend>
        <div className="mt-1 grid grid-cols-5 gap-0.5 rounded-md bg-slate-100 p-0.5" role="radiogroup" aria-label={t('attendance.statusOf', { who })}>
          {SESSION_ATTENDANCE_STATUSES.map((status) => {
            const checked = mark?.status === status;
            return (
              <label
                key={status}
                className={cx(
                  'relative flex min-h-10 cursor-pointer items-center justify-center rounded text-xs font-medium has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-navy-700',
                  checked
                    ? status === 'hadir'
                      ? 'bg-teal-700 text-white'
                      : 'bg-amber-800 text-white'
                    : 'text-slate-800 hover:bg-white',
                )}
              >
                <input
                  type="radio"
                  className="sr-only"
                  name={`status-${row.inmateId}`}
                  value={status}
                  checked={checked}
                  onChange={() => onStatus(status)}
                />
                {t(`attendance.status.${status}`)}
              </label>
            );
          })}
        </div>
        {mark && mark.status !== 'hadir' && (
          <div className="mt-2">
            <label htmlFor={reasonId} className="sr-only">
              {t('attendance.reasonFor', { status: t(`attendance.status.${mark.status}`), who })}
            </label>
            <select
              id={reasonId}
              value={mark.reasonCode}
              onChange={(e) => onReason(e.target.value)}
              aria-invalid={missing || undefined}
              aria-describedby={missing ? `${reasonId}-error` : undefined}
              className={cx('focus-ring w-full rounded-md border bg-white px-2 py-2 text-sm', missing ? 'border-red-600' : 'border-slate-300')}
            >
              <option value="">{t('attendance.chooseReason')}</option>
              {reasons.map((code) => (
                <option key={code} value={code}>
                  {t(`attendance.reason.${code}` as 'attendance.reason.lainnya')}
                </option>
              ))}
            </select>
            {missing && (
              <p id={`${reasonId}-error`} className="mt-1 text-xs text-red-700">
                {t('attendance.reasonMissing')}
              </p>
            )}
          </div>
        )}
      </fieldset>
    </li>
  );
}
