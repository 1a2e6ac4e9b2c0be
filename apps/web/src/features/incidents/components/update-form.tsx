import { useEffect, useRef, useState, type RefObject } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { AddIncidentUpdateBody, Incident } from '@selaras/contracts';
import type { Path, UseFormReturn } from 'react-hook-form';
import { OutboxItemStatus } from '@/components/outbox-item-status';
import { Alert, Button, Card, TextareaField, TextField } from '@/components/ui';
import { applyServerErrors, resolverOptions } from '@/lib/forms';
import { localizeContractMessage } from '@/lib/i18n/contract-messages';
import { useI18n } from '@/lib/i18n/i18n';
import { randomUuid } from '@/lib/idempotency-key';
import { failedWithoutAnswer, isDeviceOffline } from '@/lib/offline/network';
import { useOutboxItem } from '@/lib/outbox/outbox';
import { loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useAddIncidentUpdate } from '../api/add-incident-update';
import { queueIncidentUpdate } from '../api/queue-incident-update';
import { editedCounters, typedCounters } from './incident-rules';

const UpdateFormSchema = z.object({
  note: z.string().trim().max(4000),
  counters: z.record(
    z.string(),
    z
      .string()
      .trim()
      .regex(/^\d{0,6}$/),
  ),
});
type UpdateFormValues = z.infer<typeof UpdateFormSchema>;

// The counters start from the current figures on every visit; only the note is kept as a draft.
const NOT_DRAFTED = ['counters'] as const;

function currentFigures(incident: Incident): Record<string, string> {
  const out: Record<string, string> = {};
  for (const def of typedCounters(incident.counterDefs)) {
    const value = incident.counters[def.key];
    out[def.key] = value === undefined ? '' : String(value);
  }
  return out;
}

/** Fields the person has not touched follow the figures as the page refreshes (others report too). */
function useFollowFigures(
  form: UseFormReturn<UpdateFormValues>,
  incident: Incident,
  shown: RefObject<Record<string, string>>,
) {
  const fresh = JSON.stringify(currentFigures(incident));
  useEffect(() => {
    const figures: Record<string, string> = JSON.parse(fresh) as Record<string, string>;
    for (const [key, value] of Object.entries(figures)) {
      const field = `counters.${key}` as const;
      if (form.getValues(field) === shown.current[key]) form.setValue(field, value);
    }
    shown.current = { ...shown.current, ...figures };
  }, [fresh, form, shown]);
}

/** A running update: a short note and/or new figures, prefilled with the current ones. */
export function UpdateForm({ incident }: { incident: Incident }) {
  const { t, lang } = useI18n();
  const add = useAddIncidentUpdate(incident.id);
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [queuedId, setQueuedId] = useState<string | null>(null);
  const queued = useOutboxItem(queuedId);
  const draftKey = `incidents.update.${incident.id}`;
  const [defaults] = useState(() => ({ ...loadDraft(draftKey, { note: '' }), counters: currentFigures(incident) }));
  // The figures the fields last showed; only what the person changes against them is sent.
  const shown = useRef(defaults.counters);
  const form = useForm<UpdateFormValues>({
    resolver: zodResolver(UpdateFormSchema, resolverOptions),
    defaultValues: defaults,
  });
  useFormDraft(form, draftKey, NOT_DRAFTED);
  const { errors } = form.formState;
  const counters = typedCounters(incident.counterDefs);
  useFollowFigures(form, incident, shown);

  function clearNote(values: UpdateFormValues) {
    shown.current = values.counters;
    form.reset({ note: '', counters: values.counters });
  }

  // No signal: the update waits on the device and goes out by itself once the signal returns.
  async function keepOnDevice(body: AddIncidentUpdateBody, values: UpdateFormValues, idempotencyKey: string) {
    const label = t('capture.update.label', { number: incident.number });
    const item = await queueIncidentUpdate(incident.id, body, label, idempotencyKey);
    clearNote(values);
    setQueuedId(item.id);
  }

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    setSaved(false);
    setQueuedId(null);
    const note = values.note.trim() || undefined;
    const changed = editedCounters(values.counters, shown.current);
    if (!note && !changed) {
      setFailure(t('incidents.update.empty'));
      return;
    }
    const body = { ...(note ? { note } : {}), ...(changed ? { counters: changed } : {}) };
    const idempotencyKey = randomUuid();
    if (isDeviceOffline()) return keepOnDevice(body, values, idempotencyKey);
    try {
      await add.mutateAsync({ body, idempotencyKey });
      clearNote(values);
      setSaved(true);
    } catch (error) {
      if (failedWithoutAnswer(error)) {
        add.reset();
        return keepOnDevice(body, values, idempotencyKey);
      }
      const fields: Path<UpdateFormValues>[] = [
        'note',
        ...counters.map((c): Path<UpdateFormValues> => `counters.${c.key}`),
      ];
      setFailure(applyServerErrors(error, form.setError, fields, t));
    }
  });

  return (
    <Card title={t('incidents.update.title')}>
      <form onSubmit={onSubmit} noValidate aria-label={t('incidents.update.title')} className="flex flex-col gap-4">
        {failure && <Alert tone="error">{localizeContractMessage(failure, lang)}</Alert>}
        {saved && <Alert tone="success">{t('incidents.update.saved')}</Alert>}
        {queuedId && (
          <Alert tone="info" title={t('capture.update.queued')}>
            <OutboxItemStatus item={queued} />
          </Alert>
        )}
        {counters.length > 0 && (
          <fieldset className="grid min-w-0 grid-cols-2 gap-3 sm:grid-cols-3">
            <legend className="mb-1 font-semibold text-navy-900">{t('incidents.update.counters')}</legend>
            {counters.map((counter) => (
              <TextField
                key={counter.key}
                label={counter.label}
                inputMode="numeric"
                error={errors.counters?.[counter.key] ? t('validation.number') : undefined}
                {...form.register(`counters.${counter.key}`)}
              />
            ))}
          </fieldset>
        )}
        <TextareaField
          label={t('incidents.update.note')}
          rows={3}
          error={errors.note?.message ? localizeContractMessage(errors.note.message, lang) : undefined}
          {...form.register('note')}
        />
        <div>
          <Button type="submit" busy={add.isPending}>
            {t('incidents.update.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
