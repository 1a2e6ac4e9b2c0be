import { useState } from 'react';
import type { Incident } from '@selaras/contracts';
import { Alert, Card, CheckboxField } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useRecordSopStep } from '../api/record-sop-step';

/** The category's SOP, as it was when the incident occurred; each tick records who and when. */
export function SopChecklist({ incident }: { incident: Incident }) {
  const { t, lang } = useI18n();
  const record = useRecordSopStep(incident.id);
  const [failure, setFailure] = useState<string | null>(null);
  const { steps, version } = incident.sop;
  const done = steps.filter((step) => step.doneAt !== null).length;
  const editable = incident.abilities.update;

  // While a tick is on its way the box shows what was asked; the refreshed incident then confirms it.
  const [asked, setAsked] = useState<Record<string, boolean>>({});

  async function toggle(stepKey: string, checked: boolean) {
    setFailure(null);
    setAsked((current) => ({ ...current, [stepKey]: checked }));
    try {
      await record.mutateAsync({ stepKey, body: { done: checked } });
    } catch (error) {
      setFailure(describeError(error, t));
    } finally {
      setAsked(({ [stepKey]: _done, ...rest }) => rest);
    }
  }

  return (
    <Card title={t('incidents.sop.title')}>
      <p className="mb-3 text-sm text-slate-700">
        {version === null
          ? t('incidents.sop.noVersion')
          : t('incidents.sop.progress', { done, total: steps.length, version })}
      </p>
      {failure && (
        <Alert tone="error" className="mb-3">
          {failure}
        </Alert>
      )}
      <ol className="flex flex-col gap-3">
        {steps.map((step) => (
          <li key={step.key}>
            <CheckboxField
              label={step.text}
              checked={asked[step.key] ?? step.doneAt !== null}
              disabled={!editable || asked[step.key] !== undefined}
              onChange={(event) => void toggle(step.key, event.target.checked)}
              hint={
                step.doneAt
                  ? t('incidents.sop.doneBy', {
                      name: step.doneBy ?? '–',
                      time: formatDateTime(step.doneAt, incident.unitTimezone, lang),
                    })
                  : undefined
              }
            />
          </li>
        ))}
      </ol>
    </Card>
  );
}
