import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import type { Incident } from '@selaras/contracts';
import { Alert, Button, Card, CheckboxField, TextareaField } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { formatDate, formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useCloseIncident } from '../api/close-incident';
import { ReviewForm } from './review-form';

function SavedReview({ incident }: { incident: Incident }) {
  const { t, lang } = useI18n();
  const review = incident.review;
  if (!review) return <p className="text-slate-600">{t('incidents.review.none')}</p>;
  const items: [string, string][] = [
    [t('incidents.review.cause'), review.cause],
    [t('incidents.review.actionsTaken'), review.actionsTaken],
    [t('incidents.review.lessons'), review.lessons],
  ];
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-slate-700">
        {t('incidents.review.submittedBy', {
          name: review.submittedBy,
          time: formatDateTime(review.submittedAt, incident.unitTimezone, lang),
        })}
      </p>
      <dl className="flex flex-col gap-2">
        {items.map(([label, text]) => (
          <div key={label}>
            <dt className="text-sm font-medium text-slate-600">{label}</dt>
            <dd className="whitespace-pre-line text-slate-900">{text}</dd>
          </div>
        ))}
      </dl>
      {review.followUps.length > 0 && (
        <ul className="list-disc pl-5">
          {review.followUps.map((item) => (
            <li key={item.title}>
              {item.title}
              {item.dueDate && <span className="text-slate-600"> · {formatDate(item.dueDate, lang)}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ClosePanel({ incident }: { incident: Incident }) {
  const { t } = useI18n();
  const close = useCloseIncident(incident.id);
  const [note, setNote] = useState('');
  const [issueFollowUps, setIssueFollowUps] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function onClose() {
    setFailure(null);
    try {
      await close.mutateAsync({ issueFollowUps, ...(note.trim() ? { note: note.trim() } : {}) });
    } catch (error) {
      setFailure(describeError(error, t));
    }
  }

  return (
    <section
      aria-label={t('incidents.close.title')}
      className="mt-4 flex flex-col gap-3 border-t border-slate-200 pt-4"
    >
      <h3 className="font-semibold text-navy-900">{t('incidents.close.title')}</h3>
      {failure && <Alert tone="error">{failure}</Alert>}
      <TextareaField
        label={t('incidents.close.note')}
        rows={2}
        maxLength={2000}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <CheckboxField
        label={t('incidents.close.issueFollowUps')}
        hint={t('incidents.close.issueFollowUpsHint')}
        checked={issueFollowUps}
        disabled={!incident.review || incident.review.followUps.length === 0}
        onChange={(e) => setIssueFollowUps(e.target.checked)}
      />
      <div>
        <Button variant="danger" busy={close.isPending} onClick={() => void onClose()}>
          {t('incidents.close.submit')}
        </Button>
      </div>
    </section>
  );
}

/** After the incident: the unit's review, then the Kanwil (or HQ) closes it. */
export function ReviewSection({ incident }: { incident: Incident }) {
  const { t, lang } = useI18n();
  const { abilities } = incident;
  return (
    <Card title={t('incidents.review.heading')}>
      {abilities.review ? <ReviewForm incident={incident} /> : <SavedReview incident={incident} />}
      {abilities.close && <ClosePanel incident={incident} />}
      {incident.closedAt && (
        <p className="mt-4 font-medium text-slate-900">
          {t('incidents.close.closedBy', {
            name: incident.closedBy ?? '–',
            time: formatDateTime(incident.closedAt, incident.unitTimezone, lang),
          })}
        </p>
      )}
      {incident.followUpDirectiveIds.length > 0 && (
        <ul className="mt-2 flex flex-col gap-1">
          {incident.followUpDirectiveIds.map((directiveId, index) => (
            <li key={directiveId}>
              <Link to="/directives/$directiveId" params={{ directiveId }} className="text-navy-800 underline">
                {t('incidents.close.directiveLink', { n: index + 1 })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
