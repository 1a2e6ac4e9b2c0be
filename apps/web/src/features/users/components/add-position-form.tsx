import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { CreatePositionBodySchema, type CreatePositionBody } from '@selaras/contracts';
import { Alert, Button } from '@/components/ui';
import { applyServerErrors, resolverOptions } from '@/lib/forms';
import { localizeContractMessage } from '@/lib/i18n/contract-messages';
import { useI18n } from '@/lib/i18n/i18n';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useAddPosition } from '../api/add-position';
import { PositionFields } from './position-fields';

const FIELDS = ['title', 'role', 'unitId'] as const;
const EMPTY: CreatePositionBody = { title: '', role: 'operator', unitId: '' };

export function AddPositionForm({ userId }: { userId: string }) {
  const { t, lang } = useI18n();
  const addPosition = useAddPosition();
  const draftKey = `users.position.${userId}`;
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const form = useForm<CreatePositionBody>({
    resolver: zodResolver(CreatePositionBodySchema, resolverOptions),
    defaultValues: loadDraft(draftKey, EMPTY),
  });
  useFormDraft(form, draftKey);
  const { errors } = form.formState;
  const say = (message: string | undefined) => (message ? localizeContractMessage(message, lang) : undefined);

  const onSubmit = form.handleSubmit(async (body) => {
    setOutcome(null);
    try {
      await addPosition.mutateAsync({ userId, body });
      clearDraft(draftKey);
      form.reset(EMPTY);
      setOutcome({ tone: 'success', text: t('users.positions.added') });
    } catch (error) {
      const rest = applyServerErrors(error, form.setError, FIELDS, t);
      if (rest) setOutcome({ tone: 'error', text: rest });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {outcome && <Alert tone={outcome.tone}>{outcome.text}</Alert>}
      <fieldset className="grid min-w-0 grid-cols-1 gap-4 sm:grid-cols-3">
        <legend className="mb-2 font-semibold text-navy-900">{t('users.positions.add')}</legend>
        <PositionFields
          fields={{ title: form.register('title'), role: form.register('role'), unitId: form.register('unitId') }}
          errors={{
            title: say(errors.title?.message),
            role: say(errors.role?.message),
            unitId: say(errors.unitId?.message),
          }}
        />
      </fieldset>
      <div>
        <Button type="submit" variant="secondary" busy={addPosition.isPending}>
          {t('users.positions.addSubmit')}
        </Button>
      </div>
    </form>
  );
}
