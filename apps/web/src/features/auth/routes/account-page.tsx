import { Card, PageHeader } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import { useMe } from '@/lib/me';
import { useDocumentTitle } from '@/lib/use-document-title';
import { ChangePasswordForm } from '../components/change-password-form';
import { SessionsCard } from '../components/sessions-card';

export function AccountPage() {
  const { t } = useI18n();
  const me = useMe();
  useDocumentTitle(t('nav.account'));

  return (
    <>
      <PageHeader title={t('account.title')} description={t('account.description')} />
      <div className="grid grid-cols-1 gap-5 lg:grid-cols-2">
        <Card title={t('account.profile.title')}>
          <dl className="grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
            <dt className="font-medium text-slate-600">{t('account.profile.name')}</dt>
            <dd>{me.user.name}</dd>
            <dt className="font-medium text-slate-600">{t('account.profile.username')}</dt>
            <dd className="break-all">{me.user.username}</dd>
            <dt className="font-medium text-slate-600">{t('account.profile.email')}</dt>
            <dd className="break-all">{me.user.email ?? '–'}</dd>
            <dt className="font-medium text-slate-600">{t('account.profile.position')}</dt>
            <dd>
              {me.position.title} · {me.position.unitName}
            </dd>
          </dl>
        </Card>
        <SessionsCard me={me} />
        <Card title={t('account.password.title')} className="lg:col-span-2">
          <ChangePasswordForm />
        </Card>
      </div>
    </>
  );
}
