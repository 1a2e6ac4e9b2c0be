import { getRouteApi, Link } from '@tanstack/react-router';
import type { ProgrammeSession } from '@selaras/contracts';
import { Alert, PageHeader, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { formatDate, formatTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useProgrammeSessions } from '../api/list-programme-sessions';
import { useSessionAttendance } from '../api/get-session-attendance';
import { AttendanceGrid } from '../components/attendance-grid';
import { SessionPicker } from '../components/session-picker';

const routeApi = getRouteApi('/app/pembinaan/program/$programmeId/presensi');

/** Without a choice: the latest session of the week that has started, else the week's first. */
function defaultSession(items: readonly ProgrammeSession[], now: Date): ProgrammeSession | null {
  const started = items.filter((s) => Date.parse(s.startsAt) <= now.getTime());
  return started[started.length - 1] ?? items[0] ?? null;
}

/** Attendance of a programme's sessions: pick a session of the week, then the fast grid. */
export function AttendancePage() {
  const { t } = useI18n();
  const { programmeId } = routeApi.useParams();
  const search = routeApi.useSearch();
  const sessions = useProgrammeSessions(programmeId, search.minggu);
  const list = sessions.data;
  const chosen =
    list && search.tanggal && search.mulai
      ? (list.items.find((s) => s.date === search.tanggal && s.start === search.mulai) ?? null)
      : list
        ? defaultSession(list.items, new Date())
        : null;
  useDocumentTitle(list ? `${t('attendance.title')} · ${list.programmeName}` : t('attendance.title'));

  return (
    <>
      <Link to="/pembinaan/program/$programmeId" params={{ programmeId }} className="text-sm font-medium text-navy-800 underline">
        {t('attendance.backToProgramme')}
      </Link>
      <PageHeader title={t('attendance.title')} eyebrow={list?.programmeName} />
      {sessions.isPending && <Spinner />}
      {sessions.isError && <Alert tone="error">{describeError(sessions.error, t)}</Alert>}
      {list && <SessionPicker programmeId={programmeId} list={list} chosen={chosen} />}
      {list && !chosen && list.items.length > 0 && <p className="text-slate-700">{t('attendance.chooseSession')}</p>}
      {chosen && <SessionRegister programmeId={programmeId} session={chosen} />}
    </>
  );
}

function SessionRegister({ programmeId, session }: { programmeId: string; session: ProgrammeSession }) {
  const { t, lang } = useI18n();
  const query = useSessionAttendance(programmeId, session.date, session.start);
  const register = query.data;
  return (
    <div aria-busy={query.isFetching}>
      <p className="mb-2 font-medium text-navy-900">
        {formatDate(session.date, lang)}, {formatTime(session.startsAt, session.timeZone, lang)} – {formatTime(session.endsAt, session.timeZone, lang)}
      </p>
      {query.isPending && <Spinner />}
      {query.isError && <Alert tone="error">{describeError(query.error, t)}</Alert>}
      {register && register.closedReason === 'belum_dimulai' && <Alert tone="info" className="mb-3">{t('attendance.notStarted')}</Alert>}
      {register && register.closedReason === 'terlalu_lama' && <Alert tone="info" className="mb-3">{t('attendance.tooOld')}</Alert>}
      {register && !register.abilities.record && register.closedReason === null && (
        <Alert tone="info" className="mb-3">
          {t('attendance.readOnly')}
        </Alert>
      )}
      {register && <AttendanceGrid key={`${session.date} ${session.start}`} register={register} />}
    </div>
  );
}
