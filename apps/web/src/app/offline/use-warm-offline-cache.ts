import { useEffect } from 'react';
import type { Me } from '@selaras/contracts';

const warmed = new Set<string>();

/** Once per session, position and page load, in production (where the service worker runs), while online. */
export function useWarmOfflineCache(me: Me): void {
  const session = `${me.csrfToken}|${me.position.id}`;
  useEffect(() => {
    if (!import.meta.env.PROD || !navigator.onLine || warmed.has(session)) return;
    warmed.add(session);
    // Loaded on demand: nothing of this is part of the first screen.
    void import('./warm-offline-cache').then(({ warmOfflineCache }) => warmOfflineCache(me));
  }, [me, session]);
}
