import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ChangePasswordBodySchema, type ChangePasswordBody } from '@selaras/contracts';
import { Alert, Button, TextField } from '@/components/ui';
import { applyServerErrors, resolverOptions } from '@/lib/forms';
import { localizeContractMessage } from '@/lib/i18n/contract-messages';
import { useI18n } from '@/lib/i18n/i18n';
import { useChangePassword } from '../api/change-password';

const FIELDS = ['currentPassword', 'newPassword'] as const;

export function ChangePasswordForm() {
  const { t, lang } = useI18n();
  const changePassword = useChangePassword();
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const form = useForm<ChangePasswordBody>({
    resolver: zodResolver(ChangePasswordBodySchema, resolverOptions),
    defaultValues: { currentPassword: '', newPassword: '' },
  });
  const { errors } = form.formState;
  const message = (text: string | undefined) => (text ? localizeContractMessage(text, lang) : undefined);

  const onSubmit = form.handleSubmit(async (values) => {
    setOutcome(null);
    try {
      await changePassword.mutateAsync(values);
      form.reset();
      setOutcome({ tone: 'success', text: t('account.password.changed') });
    } catch (error) {
      const rest = applyServerErrors(error, form.setError, FIELDS, t);
      if (rest) setOutcome({ tone: 'error', text: rest });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-md flex-col gap-4">
      {outcome && <Alert tone={outcome.tone}>{outcome.text}</Alert>}
      <TextField
        label={t('account.password.current')}
        type="password"
        autoComplete="current-password"
        required
        error={message(errors.currentPassword?.message)}
        {...form.register('currentPassword')}
      />
      <TextField
        label={t('account.password.new')}
        type="password"
        autoComplete="new-password"
        required
        hint={t('account.password.hint')}
        error={message(errors.newPassword?.message)}
        {...form.register('newPassword')}
      />
      <div>
        <Button type="submit" busy={changePassword.isPending}>
          {t('account.password.submit')}
        </Button>
      </div>
    </form>
  );
}
