import { useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { Alert } from '@/components/ui';
import { applyServerErrors } from '@/lib/forms';
import { localizeContractMessage } from '@/lib/i18n/contract-messages';
import { useI18n } from '@/lib/i18n/i18n';

/**
 * What a form says about a save: a field error goes onto its field, anything else
 * above the form, and a notice once it is saved.
 */
export function useSaveFeedback<T extends FieldValues>(setError: UseFormSetError<T>) {
  const { t, lang } = useI18n();
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const say = (message?: string) => (message ? localizeContractMessage(message, lang) : undefined);

  async function attempt(save: () => Promise<void>, serverFields: readonly Path<T>[]) {
    setFailure(null);
    setSaved(false);
    try {
      await save();
      setSaved(true);
    } catch (error) {
      setFailure(applyServerErrors(error, setError, serverFields, t));
    }
  }

  const notices = (savedText: string) => (
    <>
      {failure && <Alert tone="error">{localizeContractMessage(failure, lang)}</Alert>}
      {saved && <Alert tone="success">{savedText}</Alert>}
    </>
  );

  return { say, attempt, notices };
}
