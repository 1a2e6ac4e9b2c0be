import type { Assignment, Metric } from '@selaras/contracts';
import { buttonClasses } from '@/components/ui';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';

type Values = Record<string, number | boolean | string>;

/** The text a WhatsApp message carries: directive, unit, status, the reported values and a link back. */
export function whatsappSummary(lines: { title: string; unit: string; status: string; due: string; metrics: string[]; link: string; labels: { status: string; due: string; link: string } }): string {
  return [
    `*${lines.title}*`,
    lines.unit,
    `${lines.labels.status}: ${lines.status}`,
    `${lines.labels.due}: ${lines.due}`,
    ...lines.metrics,
    `${lines.labels.link}: ${lines.link}`,
  ].join('\n');
}

/** A wa.me link: the person picks the chat (a group, a leader) in WhatsApp itself. */
export function WhatsappShare({ assignment, metrics, values }: { assignment: Assignment; metrics: Metric[]; values: Values | undefined }) {
  const { t, lang } = useI18n();
  const text = whatsappSummary({
    title: assignment.directiveTitle,
    unit: assignment.unitName,
    status: t(`assignmentStatus.${assignment.status}`),
    due: formatDateTime(assignment.dueAt, assignment.unitTimezone, lang),
    metrics: metrics.filter((m) => values?.[m.key] !== undefined).map((m) => `- ${m.name}: ${String(values?.[m.key])}${m.unit ? ` ${m.unit}` : ''}`),
    link: `${window.location.origin}/assignments/${assignment.id}`,
    labels: { status: t('share.status'), due: t('share.due'), link: t('share.link') },
  });
  return (
    <a
      href={`https://wa.me/?text=${encodeURIComponent(text)}`}
      target="_blank"
      rel="noopener noreferrer"
      className={buttonClasses('secondary', 'sm')}
    >
      {t('share.whatsapp')}
    </a>
  );
}
