import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import type { Me } from '@selaras/contracts';
import { LanguageSwitch } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import { useMediaQuery } from '@/lib/use-media-query';
import { UnreadBadge } from '@/features/notifications/components/unread-badge';
import { MainNav } from './main-nav';
import { OutboxBar } from './outbox-bar';
import { PositionSwitcher } from './position-switcher';
import { SignOutButton } from './sign-out-button';

const MENU_ID = 'app-menu';

export function AppHeader({ me }: { me: Me }) {
  const { t } = useI18n();
  const wide = useMediaQuery('(min-width: 768px)');
  const [menuOpen, setMenuOpen] = useState(false);

  return (
    <header>
      <div className="bg-navy-900 text-white">
        <div className="mx-auto flex min-h-16 max-w-6xl items-center gap-3 px-4 py-2">
          <Link to="/" className="focus-ring flex shrink-0 items-center gap-2 rounded-md">
            <span
              aria-hidden="true"
              className="grid size-8 place-items-center rounded-md bg-teal-500 font-bold text-navy-950"
            >
              S
            </span>
            <span className="leading-tight">
              <span className="block text-lg font-semibold">Selaras</span>
              <span className="hidden text-xs text-navy-200 sm:block">{t('app.tagline')}</span>
            </span>
          </Link>
          <div className="ml-auto flex min-w-0 items-center gap-3">
            <UnreadBadge />
            {wide && <PositionSwitcher me={me} tone="dark" />}
            <LanguageSwitch tone="dark" />
            {wide && <SignOutButton tone="dark" />}
            {!wide && (
              <button
                type="button"
                aria-expanded={menuOpen}
                aria-controls={MENU_ID}
                onClick={() => setMenuOpen((open) => !open)}
                className="focus-ring min-h-10 rounded-md px-3 font-medium ring-1 ring-white/40 hover:bg-white/15"
              >
                {menuOpen ? t('nav.close') : t('nav.menu')}
              </button>
            )}
          </div>
        </div>
      </div>
      <OutboxBar />
      <div id={MENU_ID} hidden={!wide && !menuOpen} className="border-b border-slate-200 bg-white shadow-xs">
        <div className="mx-auto max-w-6xl px-4 py-2 md:py-0">
          <MainNav me={me} onNavigate={() => setMenuOpen(false)} />
          {!wide && (
            <div className="mt-2 flex flex-col gap-3 border-t border-slate-200 pt-3 pb-2">
              <PositionSwitcher me={me} tone="light" />
              <div>
                <SignOutButton tone="light" />
              </div>
            </div>
          )}
        </div>
      </div>
    </header>
  );
}
