import type { Assignment, Metric } from '@selaras/contracts';
import { buttonClasses } from '@/components/ui';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { whatsappLink, whatsappSummary } from './whatsapp-summary';

type Values = Record<string, number | boolean | string>;

/** Shares the assignment's summary through WhatsApp (the text travels in the link). */
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
      href={whatsappLink(text)}
      target="_blank"
      rel="noopener noreferrer"
      className={buttonClasses('secondary', 'sm')}
    >
      {t('share.whatsapp')}
    </a>
  );
}
