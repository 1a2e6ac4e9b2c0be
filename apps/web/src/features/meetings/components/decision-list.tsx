import { Link, useNavigate } from '@tanstack/react-router';
import type { Meeting } from '@selaras/contracts';
import { Alert, Button } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useDecisionToDirective } from '../api/decision-to-directive';

/** The saved decisions; each can become a directive draft once ("Jadikan arahan"). */
export function DecisionList({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const toDirective = useDecisionToDirective();
  const decisions = meeting.minutes.decisions;
  if (decisions.length === 0) return null;

  async function make(index: number) {
    const directiveId = await toDirective.mutateAsync({ meetingId: meeting.id, index });
    await navigate({ to: '/directives/$directiveId', params: { directiveId } });
  }

  return (
    <div className="flex flex-col gap-3">
      <h3 className="font-semibold text-navy-900">{t('meetings.minutes.decisions')}</h3>
      {toDirective.isError && <Alert tone="error">{describeError(toDirective.error, t)}</Alert>}
      <ol className="flex list-decimal flex-col gap-3 pl-5">
        {decisions.map((decision) => (
          <li key={decision.index} className="flex flex-col gap-1">
            <span className="font-medium text-slate-900">{decision.title}</span>
            <p className="text-sm whitespace-pre-line text-slate-700">{decision.body}</p>
            <div>
              {decision.directiveId ? (
                <Link
                  to="/directives/$directiveId"
                  params={{ directiveId: decision.directiveId }}
                  className="text-sm font-medium text-navy-800 underline"
                >
                  {t('meetings.minutes.openDirective')}
                </Link>
              ) : (
                meeting.abilities.createDirective && (
                  <Button
                    size="sm"
                    variant="secondary"
                    busy={toDirective.isPending && toDirective.variables.index === decision.index}
                    onClick={() => void make(decision.index).catch(() => undefined)}
                  >
                    {t('meetings.minutes.toDirective')}
                  </Button>
                )
              )}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
