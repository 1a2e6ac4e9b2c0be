import type { ComponentType } from 'react';
import type { Permission } from '@selaras/contracts';
import { Alert } from '../components/ui';
import { useI18n } from '../lib/i18n/i18n';
import { hasPermission, useMe } from '../lib/me';

function Forbidden() {
  const { t } = useI18n();
  return (
    <div className="mx-auto max-w-lg py-8">
      <h1 className="mb-3 text-2xl font-semibold text-navy-900">{t('errors.forbiddenTitle')}</h1>
      <Alert tone="warning">{t('errors.forbidden')}</Alert>
    </div>
  );
}

/** Wraps a page so a position without the permission sees why, instead of a failing request. */
export function withPermission(permission: Permission, Page: ComponentType): ComponentType {
  function Guarded() {
    const me = useMe();
    return hasPermission(me, permission) ? <Page /> : <Forbidden />;
  }
  Guarded.displayName = `withPermission(${Page.displayName ?? Page.name})`;
  return Guarded;
}
