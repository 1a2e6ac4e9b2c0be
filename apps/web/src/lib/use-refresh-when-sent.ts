import { useEffect, useRef } from 'react';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { onOutboxSent } from './outbox/outbox';
import type { OutboxKind } from './outbox/outbox-types';

/** While the page is open, its data loads again whenever the outbox delivers an item of this kind. */
export function useRefreshWhenSent(kind: OutboxKind, queryKey: QueryKey): void {
  const queryClient = useQueryClient();
  const key = useRef(queryKey);
  key.current = queryKey;
  useEffect(() => {
    const stop = onOutboxSent(kind, () => void queryClient.invalidateQueries({ queryKey: key.current }));
    return () => {
      stop();
    };
  }, [queryClient, kind]);
}
