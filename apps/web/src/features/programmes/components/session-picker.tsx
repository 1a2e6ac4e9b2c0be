import { Link } from '@tanstack/react-router';
import type { ProgrammeSession, ProgrammeSessionList } from '@selaras/contracts';
import { cx } from '@/components/ui';
import { formatDate, zoneAbbreviation } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';

const DAY_MS = 86_400_000;
const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

type Props = { programmeId: string; list: ProgrammeSessionList; chosen: ProgrammeSession | null };

/** The week's sessions as links, with how many were present where attendance was taken. */
export function SessionPicker({ programmeId, list, chosen }: Props) {
  const { t, lang } = useI18n();
  const weekday = (date: string) =>
    new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { weekday: 'long', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
      new Date(`${date}T00:00:00Z`),
    );
  const zone = zoneAbbreviation(list.timeZone);
  const params = { programmeId };
  return (
    <nav aria-labelledby="session-picker" className="mb-4">
      <h2 id="session-picker" className="text-base font-semibold text-navy-900">
        {t('attendance.sessionsOfWeek', { from: formatDate(list.from, lang), to: formatDate(list.to, lang) })}
      </h2>
      {list.items.length === 0 && <p className="mt-2 text-slate-700">{t('attendance.noSessions')}</p>}
      <ul className="mt-2 flex flex-col gap-1.5">
        {list.items.map((s) => {
          const current = chosen?.date === s.date && chosen.start === s.start;
          return (
            <li key={`${s.date} ${s.start}`}>
              <Link
                to="/pembinaan/program/$programmeId/presensi"
                params={params}
                search={{ minggu: list.from, tanggal: s.date, mulai: s.start }}
                aria-current={current ? 'page' : undefined}
                className={cx(
                  'focus-ring flex flex-wrap items-center justify-between gap-x-2 rounded-md border px-3 py-2 text-sm',
                  current ? 'border-navy-700 bg-navy-50 font-semibold' : 'border-slate-300 bg-white',
                )}
              >
                <span>{t('attendance.sessionLabel', { day: weekday(s.date), time: `${s.start.replace(':', '.')}–${s.end.replace(':', '.')} ${zone}` })}</span>
                <span className="text-slate-700">{s.taken ? t('attendance.sessionTaken', { hadir: s.counts.hadir }) : t('attendance.sessionOpen')}</span>
              </Link>
            </li>
          );
        })}
      </ul>
      <div className="mt-2 flex justify-between gap-2 text-sm">
        <Link to="/pembinaan/program/$programmeId/presensi" params={params} search={{ minggu: shift(list.from, -7) }} className="focus-ring font-medium text-navy-800 underline">
          {t('attendance.previousWeek')}
        </Link>
        <Link to="/pembinaan/program/$programmeId/presensi" params={params} search={{ minggu: shift(list.from, 7) }} className="focus-ring font-medium text-navy-800 underline">
          {t('attendance.nextWeek')}
        </Link>
      </div>
    </nav>
  );
}
