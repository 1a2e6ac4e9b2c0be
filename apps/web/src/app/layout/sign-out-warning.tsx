import { useEffect, useId, useRef } from 'react';
import { Button } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';

type SignOutWarningProps = { count: number; onCancel: () => void; onConfirm: () => void };

/** Asked before signing out with reports not yet sent; cancelling (the focused choice, or Escape) keeps the person signed in. */
export function SignOutWarning({ count, onCancel, onConfirm }: SignOutWarningProps) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={onCancel}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg bg-white p-5 text-slate-900 shadow-xl backdrop:bg-navy-950/50"
    >
      <h2 id={titleId} className="text-lg font-semibold text-navy-900">
        {t('outbox.signOut.title')}
      </h2>
      <p id={bodyId} className="mt-2 text-sm text-slate-700">
        {t('outbox.signOut.body', { count })}
      </p>
      <div className="mt-4 flex flex-wrap justify-end gap-2">
        <Button variant="secondary" autoFocus onClick={onCancel}>
          {t('outbox.signOut.cancel')}
        </Button>
        <Button variant="danger" onClick={onConfirm}>
          {t('outbox.signOut.confirm')}
        </Button>
      </div>
    </dialog>
  );
}
