import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { LoginBodySchema, type LoginBody } from '@selaras/contracts';
import { Alert, Button, TextField } from '@/components/ui';
import { isApiError } from '@/lib/api-client';
import { describeError } from '@/lib/errors';
import { resolverOptions } from '@/lib/forms';
import { useI18n } from '@/lib/i18n/i18n';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useLogIn } from '../api/log-in';

const DRAFT_KEY = 'login';
const SECRET_FIELDS = ['password'] as const;

type LoginFormProps = { onSignedIn: () => void };

export function LoginForm({ onSignedIn }: LoginFormProps) {
  const { t } = useI18n();
  const logIn = useLogIn();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<LoginBody>({
    resolver: zodResolver(LoginBodySchema, resolverOptions),
    defaultValues: loadDraft<LoginBody>(DRAFT_KEY, { username: '', password: '' }),
  });
  useFormDraft(form, DRAFT_KEY, SECRET_FIELDS);
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await logIn.mutateAsync(values);
      clearDraft(DRAFT_KEY);
      onSignedIn();
    } catch (error) {
      form.resetField('password');
      if (isApiError(error, 401)) setFailure(t('auth.login.wrong'));
      else if (isApiError(error, 429)) setFailure(error.problem.detail ?? t('auth.login.locked'));
      else setFailure(describeError(error, t));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {failure && <Alert tone="error">{failure}</Alert>}
      <TextField
        label={t('auth.login.username')}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        error={errors.username?.message}
        {...form.register('username')}
      />
      <TextField
        label={t('auth.login.password')}
        type="password"
        autoComplete="current-password"
        required
        error={errors.password?.message}
        {...form.register('password')}
      />
      <Button type="submit" busy={logIn.isPending} className="w-full">
        {t('auth.login.submit')}
      </Button>
    </form>
  );
}
