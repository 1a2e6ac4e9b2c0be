import { useState } from 'react';
import { useFieldArray, useForm, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { ReviewBodySchema, type Incident, type ReviewBody } from '@selaras/contracts';
import { Button, TextareaField, TextField } from '@/components/ui';
import { emptyToUndefined } from '@/lib/form-values';
import { resolverOptions } from '@/lib/forms';
import { useI18n } from '@/lib/i18n/i18n';
import { loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useSaveReview } from '../api/save-review';
import { useSaveFeedback } from '@/lib/use-save-feedback';

type ReviewFormInput = z.input<typeof ReviewBodySchema>;

function initialReview(incident: Incident): ReviewFormInput {
  const review = incident.review;
  if (!review) return { cause: '', actionsTaken: '', lessons: '', followUps: [] };
  return {
    cause: review.cause,
    actionsTaken: review.actionsTaken,
    lessons: review.lessons,
    followUps: review.followUps,
  };
}

function serverFields(count: number): Path<ReviewFormInput>[] {
  const fields: Path<ReviewFormInput>[] = ['cause', 'actionsTaken', 'lessons', 'followUps'];
  for (let i = 0; i < count; i += 1) fields.push(`followUps.${i}.title`, `followUps.${i}.dueDate`);
  return fields;
}

/** The unit's review after the incident: cause, what was done, lessons, and follow-up actions. */
export function ReviewForm({ incident }: { incident: Incident }) {
  const { t } = useI18n();
  const save = useSaveReview(incident.id);
  const draftKey = `incidents.review.${incident.id}`;
  const [defaults] = useState(() => loadDraft(draftKey, initialReview(incident)));
  const form = useForm<ReviewFormInput, unknown, ReviewBody>({
    resolver: zodResolver(ReviewBodySchema, resolverOptions),
    defaultValues: defaults,
  });
  useFormDraft(form, draftKey);
  const followUps = useFieldArray({ control: form.control, name: 'followUps' });
  const { errors } = form.formState;
  const { say, attempt, notices } = useSaveFeedback(form.setError);

  const onSubmit = form.handleSubmit((values) =>
    attempt(async () => {
      await save.mutateAsync(values);
    }, serverFields(values.followUps.length)),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('incidents.review.title')} className="flex flex-col gap-4">
      {notices(t('incidents.review.saved'))}
      <TextareaField
        label={t('incidents.review.cause')}
        required
        rows={3}
        error={say(errors.cause?.message)}
        {...form.register('cause')}
      />
      <TextareaField
        label={t('incidents.review.actionsTaken')}
        required
        rows={3}
        error={say(errors.actionsTaken?.message)}
        {...form.register('actionsTaken')}
      />
      <TextareaField
        label={t('incidents.review.lessons')}
        required
        rows={3}
        error={say(errors.lessons?.message)}
        {...form.register('lessons')}
      />
      <fieldset className="flex min-w-0 flex-col gap-3">
        <legend className="mb-1 font-semibold text-navy-900">{t('incidents.review.followUps')}</legend>
        {followUps.fields.length === 0 && <p className="text-sm text-slate-600">{t('incidents.review.noFollowUps')}</p>}
        {followUps.fields.map((field, index) => (
          <div
            key={field.id}
            className="grid grid-cols-1 gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[2fr_1fr_auto] sm:items-end"
          >
            <TextField
              label={t('incidents.review.followUpTitle', { n: index + 1 })}
              error={say(errors.followUps?.[index]?.title?.message)}
              {...form.register(`followUps.${index}.title`)}
            />
            <TextField
              type="date"
              label={t('incidents.review.followUpDue', { n: index + 1 })}
              error={say(errors.followUps?.[index]?.dueDate?.message)}
              {...form.register(`followUps.${index}.dueDate`, { setValueAs: emptyToUndefined })}
            />
            <Button variant="ghost" onClick={() => followUps.remove(index)}>
              {t('incidents.review.removeFollowUp', { n: index + 1 })}
            </Button>
          </div>
        ))}
        <div>
          <Button
            variant="secondary"
            size="sm"
            disabled={followUps.fields.length >= 20}
            onClick={() => followUps.append({ title: '' })}
          >
            {t('incidents.review.addFollowUp')}
          </Button>
        </div>
      </fieldset>
      <div>
        <Button type="submit" busy={save.isPending}>
          {t('incidents.review.submit')}
        </Button>
      </div>
    </form>
  );
}
