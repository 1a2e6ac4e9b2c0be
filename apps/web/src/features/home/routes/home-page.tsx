import { Link } from '@tanstack/react-router';
import type { TimeZone } from '@selaras/contracts';
import { Card, PageHeader } from '@/components/ui';
import { formatDateTime, hourIn } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import { hasPermission, useMe } from '@/lib/me';
import { useDocumentTitle } from '@/lib/use-document-title';
import { OpenSeriousBanner } from '@/components/open-serious/open-serious-banner';
import { OwnUnitCard } from '../components/own-unit-card';

function greetingKey(timeZone: TimeZone): MessageKey {
  const hour = hourIn(timeZone);
  if (hour >= 4 && hour < 11) return 'home.greeting.morning';
  if (hour >= 11 && hour < 15) return 'home.greeting.midday';
  if (hour >= 15 && hour < 18) return 'home.greeting.afternoon';
  return 'home.greeting.evening';
}

export function HomePage() {
  const { t, lang } = useI18n();
  const me = useMe();
  useDocumentTitle(t('nav.home'));
  const zone = me.position.unitTimezone;

  const shortcuts: { to: '/units' | '/users' | '/audit'; label: MessageKey; text: MessageKey; show: boolean }[] = [
    { to: '/units', label: 'nav.units', text: 'home.shortcut.units', show: hasPermission(me, 'units:read') },
    { to: '/users', label: 'nav.users', text: 'home.shortcut.users', show: hasPermission(me, 'users:read') },
    { to: '/audit', label: 'nav.audit', text: 'home.shortcut.audit', show: hasPermission(me, 'audit:read') },
  ];

  return (
    <>
      <PageHeader
        eyebrow={formatDateTime(new Date(), zone, lang)}
        title={t(greetingKey(zone), { name: me.user.name })}
        description={t('home.intro', { position: me.position.title })}
      />
      <div className="grid grid-cols-1 gap-5 lg:grid-cols-3">
        <div className="lg:col-span-3 empty:hidden">
          <OpenSeriousBanner />
        </div>
        <div className="lg:col-span-2">
          <OwnUnitCard position={me.position} />
        </div>
        <Card title={t('home.shortcuts')}>
          <ul className="flex flex-col gap-3">
            {shortcuts
              .filter((item) => item.show)
              .map((item) => (
                <li key={item.to}>
                  <Link
                    to={item.to}
                    className="font-medium text-navy-800 underline underline-offset-4 hover:text-teal-800"
                  >
                    {t(item.label)}
                  </Link>
                  <p className="text-sm text-slate-600">{t(item.text)}</p>
                </li>
              ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
