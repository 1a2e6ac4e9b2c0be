import type { AssignmentStatus } from '@selaras/contracts';
import { cx } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';

const TONES: Record<AssignmentStatus, string> = {
  belum_dimulai: 'bg-slate-100 text-slate-800 ring-slate-300',
  dalam_proses: 'bg-navy-50 text-navy-900 ring-navy-200',
  dilaporkan: 'bg-amber-50 text-amber-900 ring-amber-300',
  dikembalikan: 'bg-red-50 text-red-900 ring-red-300',
  dilaporkan_ulang: 'bg-amber-50 text-amber-900 ring-amber-300',
  terverifikasi: 'bg-teal-50 text-teal-900 ring-teal-300',
  dikecualikan: 'bg-slate-50 text-slate-700 ring-slate-300',
};

const BADGE = 'inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap ring-1';

export function StatusBadge({ status }: { status: AssignmentStatus }) {
  const { t } = useI18n();
  return <span className={cx(BADGE, TONES[status])}>{t(`assignmentStatus.${status}`)}</span>;
}

export function OverdueBadge() {
  const { t } = useI18n();
  return <span className={cx(BADGE, 'bg-red-700 text-white ring-red-700')}>{t('assignments.overdue')}</span>;
}

export function Badge({ children, tone = 'slate' }: { children: string; tone?: 'slate' | 'teal' | 'navy' }) {
  const tones = {
    slate: 'bg-slate-100 text-slate-800 ring-slate-300',
    teal: 'bg-teal-50 text-teal-900 ring-teal-300',
    navy: 'bg-navy-50 text-navy-900 ring-navy-200',
  };
  return <span className={cx(BADGE, tones[tone])}>{children}</span>;
}
