import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { CreateUserBodySchema, type User } from '@selaras/contracts';
import type { z } from 'zod';
import { Alert, Button, TextField } from '@/components/ui';
import { emptyToUndefined } from '@/lib/form-values';
import { applyServerErrors, resolverOptions } from '@/lib/forms';
import { localizeContractMessage } from '@/lib/i18n/contract-messages';
import { useI18n } from '@/lib/i18n/i18n';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useCreateUser } from '../api/create-user';
import { PositionFields } from './position-fields';

type CreateUserInput = z.input<typeof CreateUserBodySchema>;

const DRAFT_KEY = 'users.create';
const SECRET_FIELDS = ['password'] as const;
const FIELDS = [
  'username',
  'name',
  'nip',
  'email',
  'whatsapp',
  'password',
  'position.title',
  'position.role',
  'position.unitId',
] as const;

const CODE_FIELDS = { 'users.username_taken': 'username', 'users.nip_taken': 'nip' } as const;

const EMPTY: CreateUserInput = {
  username: '',
  name: '',
  password: '',
  position: { title: '', role: 'operator', unitId: '' },
};

export function CreateUserForm({ onCreated }: { onCreated: (user: User) => void }) {
  const { t, lang } = useI18n();
  const createUser = useCreateUser();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<CreateUserInput, unknown, z.output<typeof CreateUserBodySchema>>({
    resolver: zodResolver(CreateUserBodySchema, resolverOptions),
    defaultValues: loadDraft(DRAFT_KEY, EMPTY),
  });
  useFormDraft(form, DRAFT_KEY, SECRET_FIELDS);
  const { errors } = form.formState;
  const say = (message: string | undefined) => (message ? localizeContractMessage(message, lang) : undefined);
  const optional = { setValueAs: emptyToUndefined };

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const user = await createUser.mutateAsync(values);
      clearDraft(DRAFT_KEY);
      form.reset(EMPTY);
      onCreated(user);
    } catch (error) {
      setFailure(applyServerErrors(error, form.setError, FIELDS, t, CODE_FIELDS));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {failure && <Alert tone="error">{failure}</Alert>}
      <fieldset className="grid min-w-0 grid-cols-1 gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-semibold text-navy-900">{t('users.form.person')}</legend>
        <TextField
          label={t('users.form.name')}
          required
          autoComplete="off"
          error={say(errors.name?.message)}
          {...form.register('name')}
        />
        <TextField
          label={t('users.form.username')}
          required
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          error={say(errors.username?.message)}
          {...form.register('username')}
        />
        <TextField
          label={t('users.form.nip')}
          inputMode="numeric"
          hint={t('users.form.nipHint')}
          error={say(errors.nip?.message)}
          {...form.register('nip', optional)}
        />
        <TextField
          label={t('users.form.email')}
          type="email"
          error={say(errors.email?.message)}
          {...form.register('email', optional)}
        />
        <TextField
          label={t('users.form.whatsapp')}
          type="tel"
          hint={t('users.form.whatsappHint')}
          error={say(errors.whatsapp?.message)}
          {...form.register('whatsapp', optional)}
        />
        <TextField
          label={t('users.form.password')}
          type="password"
          autoComplete="new-password"
          required
          hint={t('users.form.passwordHint')}
          error={say(errors.password?.message)}
          {...form.register('password')}
        />
      </fieldset>
      <fieldset className="grid min-w-0 grid-cols-1 gap-4 sm:grid-cols-3">
        <legend className="mb-2 font-semibold text-navy-900">{t('users.form.firstPosition')}</legend>
        <PositionFields
          fields={{
            title: form.register('position.title'),
            role: form.register('position.role'),
            unitId: form.register('position.unitId'),
          }}
          errors={{
            title: say(errors.position?.title?.message),
            role: say(errors.position?.role?.message),
            unitId: say(errors.position?.unitId?.message),
          }}
        />
      </fieldset>
      <div>
        <Button type="submit" busy={createUser.isPending}>
          {t('users.form.create')}
        </Button>
      </div>
    </form>
  );
}
