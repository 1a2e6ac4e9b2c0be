import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { onOutboxSent } from './outbox/outbox';

/**
 * Whatever the outbox delivers, the data on screen loads again and every other page's data is marked stale,
 * so no page shows what was true before the item arrived.
 */
export function useRefreshWhenSent(): void {
  const queryClient = useQueryClient();
  useEffect(() => onOutboxSent(() => void queryClient.invalidateQueries()), [queryClient]);
}
