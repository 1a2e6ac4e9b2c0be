import { useForm, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { PersonBodySchema, type PersonBody } from '@selaras/contracts';
import { Button, SelectField, TextField } from '@/components/ui';
import { emptyToUndefined } from '@/lib/form-values';
import { resolverOptions } from '@/lib/forms';
import { useI18n } from '@/lib/i18n/i18n';
import { useAddPerson } from '../api/add-person';
import { PERSON_ROLE_LABEL, PERSON_ROLE_OPTIONS } from './labels';
import { useSaveFeedback } from '@/lib/use-save-feedback';

type PersonFormInput = z.input<typeof PersonBodySchema>;
const SERVER_FIELDS: Path<PersonFormInput>[] = ['role', 'name', 'registrationNumber', 'status', 'note'];
const EMPTY: PersonFormInput = { role: 'warga_binaan', name: '', registrationNumber: '', status: '', note: '' };
const optional = { setValueAs: emptyToUndefined };

/** Names a person involved (an escapee, an injured officer); only holders of incidents:persons see it. */
export function PersonForm({ incidentId }: { incidentId: string }) {
  const { t } = useI18n();
  const add = useAddPerson(incidentId);
  const form = useForm<PersonFormInput, unknown, PersonBody>({
    resolver: zodResolver(PersonBodySchema, resolverOptions),
    defaultValues: EMPTY,
  });
  const { errors } = form.formState;
  const { say, attempt, notices } = useSaveFeedback(form.setError);

  const onSubmit = form.handleSubmit((values) =>
    attempt(async () => {
      await add.mutateAsync(values);
      form.reset(EMPTY);
    }, SERVER_FIELDS),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('incidents.persons.formLabel')} className="flex flex-col gap-3">
      {notices(t('incidents.persons.saved'))}
      <div className="grid min-w-0 grid-cols-1 gap-3 sm:grid-cols-2">
        <SelectField
          label={t('incidents.persons.role')}
          required
          options={PERSON_ROLE_OPTIONS.map((role) => ({ value: role, label: t(PERSON_ROLE_LABEL[role]) }))}
          error={errors.role ? t('validation.choose') : undefined}
          {...form.register('role')}
        />
        <TextField
          label={t('incidents.persons.name')}
          required
          autoComplete="off"
          error={say(errors.name?.message)}
          {...form.register('name')}
        />
        <TextField
          label={t('incidents.persons.registrationNumber')}
          autoComplete="off"
          error={say(errors.registrationNumber?.message)}
          {...form.register('registrationNumber', optional)}
        />
        <TextField
          label={t('incidents.persons.status')}
          placeholder={t('incidents.persons.statusPlaceholder')}
          error={say(errors.status?.message)}
          {...form.register('status', optional)}
        />
        <TextField
          label={t('incidents.persons.note')}
          fieldClassName="sm:col-span-2"
          error={say(errors.note?.message)}
          {...form.register('note', optional)}
        />
      </div>
      <div>
        <Button type="submit" busy={add.isPending}>
          {t('incidents.persons.add')}
        </Button>
      </div>
    </form>
  );
}
