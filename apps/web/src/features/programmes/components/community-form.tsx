import { useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { COMMUNITY_KINDS, CreateCommunityActivityBodySchema, type CreateCommunityActivityBody } from '@selaras/contracts';
import { Button, Card, SelectField, TextareaField, TextField } from '@/components/ui';
import { emptyToUndefined, toOptionalNumber } from '@/lib/form-values';
import { resolverOptions } from '@/lib/forms';
import { useI18n } from '@/lib/i18n/i18n';
import { useMe } from '@/lib/me';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useCommunityUnits } from '../api/community-list-units';
import { useRecordCommunityActivity } from '../api/community-record-activity';
import { useSaveFeedback } from '@/lib/use-save-feedback';

type ActivityInput = z.input<typeof CreateCommunityActivityBodySchema>;
const SERVER_FIELDS: Path<ActivityInput>[] = [
  'unitId',
  'date',
  'kind',
  'title',
  'description',
  'partner',
  'peopleReached',
  'inmatesInvolved',
  'hours',
  'productsDelivered',
];
const DRAFT_KEY = 'community-activity';
// No unitId: a UPT records for itself, and the field only exists for a Kanwil or HQ.
const EMPTY: ActivityInput = {
  date: '',
  kind: 'kerja_sosial',
  title: '',
  description: '',
  partner: '',
  peopleReached: 0,
  inmatesInvolved: 0,
  hours: 0,
};
const optional = { setValueAs: emptyToUndefined };
const numeric = { setValueAs: toOptionalNumber };

/** Records an activity that reached the community; a Kanwil or HQ names the UPT that carried it out. */
export function CommunityForm() {
  const { t } = useI18n();
  const me = useMe();
  const forOtherUnit = me.position.unitKind !== 'upt';
  const units = useCommunityUnits(forOtherUnit);
  const record = useRecordCommunityActivity();
  const [defaults] = useState(() => loadDraft(DRAFT_KEY, EMPTY));
  const form = useForm<ActivityInput, unknown, CreateCommunityActivityBody>({
    resolver: zodResolver(CreateCommunityActivityBodySchema, resolverOptions),
    defaultValues: defaults,
  });
  useFormDraft(form, DRAFT_KEY);
  const { errors } = form.formState;
  const { say, attempt, notices } = useSaveFeedback(form.setError);

  const onSubmit = form.handleSubmit((values) =>
    attempt(async () => {
      await record.mutateAsync(values);
      clearDraft(DRAFT_KEY);
      form.reset(EMPTY);
    }, SERVER_FIELDS),
  );

  return (
    <Card title={t('community.form.title')}>
      <form onSubmit={onSubmit} noValidate aria-label={t('community.form.title')} className="flex flex-col gap-3">
        {notices(t('community.form.saved'))}
        <div className="grid min-w-0 grid-cols-1 gap-3 sm:grid-cols-2">
          {forOtherUnit && (
            <SelectField
              label={t('community.unitField')}
              required
              placeholder="–"
              options={units.data ?? []}
              error={say(errors.unitId?.message)}
              fieldClassName="sm:col-span-2"
              {...form.register('unitId', optional)}
            />
          )}
          <TextField type="date" label={t('community.date')} required error={say(errors.date?.message)} {...form.register('date')} />
          <SelectField
            label={t('community.kind')}
            required
            options={COMMUNITY_KINDS.map((kind) => ({ value: kind, label: t(`community.kind.${kind}`) }))}
            error={errors.kind ? t('validation.choose') : undefined}
            {...form.register('kind')}
          />
          <TextField
            label={t('community.titleField')}
            required
            fieldClassName="sm:col-span-2"
            error={say(errors.title?.message)}
            {...form.register('title')}
          />
          <TextField label={t('community.partner')} error={say(errors.partner?.message)} {...form.register('partner', optional)} />
          <TextField
            type="number"
            inputMode="numeric"
            min={0}
            label={t('community.peopleReached')}
            required
            error={say(errors.peopleReached?.message)}
            {...form.register('peopleReached', numeric)}
          />
          <TextField
            type="number"
            inputMode="numeric"
            min={0}
            label={t('community.inmatesInvolved')}
            required
            error={say(errors.inmatesInvolved?.message)}
            {...form.register('inmatesInvolved', numeric)}
          />
          <TextField
            inputMode="decimal"
            label={t('community.hours')}
            required
            error={say(errors.hours?.message)}
            {...form.register('hours', numeric)}
          />
          <TextField
            type="number"
            inputMode="numeric"
            min={0}
            label={t('community.productsDelivered')}
            error={say(errors.productsDelivered?.message)}
            {...form.register('productsDelivered', numeric)}
          />
          <TextareaField
            label={t('community.descriptionField')}
            rows={3}
            fieldClassName="sm:col-span-2"
            error={say(errors.description?.message)}
            {...form.register('description', optional)}
          />
        </div>
        <div>
          <Button type="submit" busy={record.isPending}>
            {t('community.form.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
