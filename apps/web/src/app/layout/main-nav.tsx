import { Link } from '@tanstack/react-router';
import type { Me, Permission } from '@selaras/contracts';
import { useI18n } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import { hasPermission } from '@/lib/me';

type NavItem = {
  to: '/' | '/dashboard' | '/units' | '/directives' | '/assignments' | '/meetings' | '/campaigns' | '/insiden' | '/pembinaan' | '/produk' | '/koperasi' | '/penjualan' | '/premi' | '/koperasi/pesanan' | '/users' | '/audit' | '/admin/kamtib' | '/account';
  label: MessageKey;
  permission?: Permission;
};

const NAV_ITEMS: NavItem[] = [
  { to: '/dashboard', label: 'nav.dashboard', permission: 'directives:read' },
  { to: '/', label: 'nav.home' },
  { to: '/directives', label: 'nav.directives', permission: 'directives:read' },
  { to: '/assignments', label: 'nav.assignments', permission: 'directives:read' },
  { to: '/meetings', label: 'nav.meetings', permission: 'meetings:read' },
  { to: '/campaigns', label: 'nav.campaigns', permission: 'directives:read' },
  { to: '/insiden', label: 'nav.incidents', permission: 'incidents:read' },
  { to: '/pembinaan', label: 'nav.programmes', permission: 'programmes:read' },
  { to: '/produk', label: 'nav.products', permission: 'products:read' },
  { to: '/koperasi', label: 'nav.cooperative', permission: 'products:read' },
  { to: '/penjualan', label: 'nav.sales', permission: 'products:read' },
  { to: '/premi', label: 'nav.premi', permission: 'products:read' },
  { to: '/koperasi/pesanan', label: 'nav.orders', permission: 'cooperative:manage' },
  { to: '/units', label: 'nav.units', permission: 'units:read' },
  { to: '/users', label: 'nav.users', permission: 'users:read' },
  { to: '/audit', label: 'nav.audit', permission: 'audit:read' },
  { to: '/admin/kamtib', label: 'nav.kamtibCatalogue', permission: 'incidents:configure' },
  { to: '/account', label: 'nav.account' },
];

type MainNavProps = { me: Me; onNavigate: () => void };

/** The sections this position may open; the server's permissions decide, not the role name. */
export function MainNav({ me, onNavigate }: MainNavProps) {
  const { t } = useI18n();
  const items = NAV_ITEMS.filter((item) => !item.permission || hasPermission(me, item.permission));
  return (
    <nav aria-label={t('nav.label')}>
      <ul className="flex flex-col gap-1 md:flex-row md:flex-wrap md:gap-1">
        {items.map((item) => (
          <li key={item.to}>
            <Link
              to={item.to}
              onClick={onNavigate}
              activeOptions={{ exact: item.to === '/' }}
              className="focus-ring block rounded-md px-3 py-2 font-medium text-slate-700 hover:bg-navy-50 hover:text-navy-900 md:py-3"
              activeProps={{
                className:
                  'bg-navy-50 text-navy-900 md:rounded-none md:bg-transparent md:shadow-[inset_0_-3px_0_var(--color-teal-600)]',
              }}
            >
              {t(item.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
