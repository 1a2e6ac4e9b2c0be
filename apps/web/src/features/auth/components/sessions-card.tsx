import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { Me } from '@selaras/contracts';
import { Alert, Button, Card } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { forgetMe } from '@/lib/me';
import { useLogOutAll } from '../api/log-out-all';

export function SessionsCard({ me }: { me: Me }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const logOutAll = useLogOutAll();

  async function leave() {
    await navigate({ to: '/login' });
    forgetMe(queryClient);
  }

  function endAllSessions() {
    if (!window.confirm(t('account.sessions.confirm'))) return;
    logOutAll.mutate(undefined, { onSuccess: () => void leave() });
  }

  return (
    <Card title={t('account.sessions.title')}>
      <p className="text-slate-700">
        {t('account.sessions.expires', {
          time: formatDateTime(me.sessionExpiresAt, me.position.unitTimezone, lang),
        })}
      </p>
      <p className="mt-2 text-sm text-slate-600">{t('account.sessions.explain')}</p>
      {logOutAll.isError && (
        <Alert tone="error" className="mt-3">
          {describeError(logOutAll.error, t)}
        </Alert>
      )}
      <Button variant="danger" className="mt-4" busy={logOutAll.isPending} onClick={endAllSessions}>
        {t('account.sessions.logoutAll')}
      </Button>
    </Card>
  );
}
