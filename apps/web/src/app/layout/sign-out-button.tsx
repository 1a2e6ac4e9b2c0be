import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Button } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import { forgetMe } from '@/lib/me';
import { stopOutbox, useOutbox } from '@/lib/outbox/outbox';
import { useLogOut } from '@/features/auth/api/log-out';
import { SignOutWarning } from './sign-out-warning';

export function SignOutButton({ tone }: { tone: 'dark' | 'light' }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const logOut = useLogOut();
  const { pendingCount } = useOutbox();
  const [warning, setWarning] = useState(false);

  // The local cache is dropped even when the server could not be reached; queued reports stay on the device.
  async function leave() {
    await navigate({ to: '/login' });
    forgetMe(queryClient);
  }

  function signOut() {
    setWarning(false);
    // At once: a sign-out made without signal waits for it, and the returning signal must not send the reports meanwhile.
    stopOutbox();
    logOut.mutate(undefined, { onSettled: () => void leave() });
  }

  return (
    <>
      <Button
        variant={tone === 'dark' ? 'ghost' : 'secondary'}
        size="sm"
        busy={logOut.isPending}
        className={tone === 'dark' ? 'text-white ring-1 ring-white/40 hover:bg-white/15' : undefined}
        onClick={() => (pendingCount > 0 ? setWarning(true) : signOut())}
      >
        {t('auth.logout')}
      </Button>
      {warning && <SignOutWarning count={pendingCount} onCancel={() => setWarning(false)} onConfirm={signOut} />}
    </>
  );
}
