import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client';

let handleUnauthorized: () => void = () => undefined;

/** Called when any request finds the session gone (401); the router sends the person to sign in. */
export function setUnauthorizedHandler(handler: () => void): void {
  handleUnauthorized = handler;
}

function onError(error: unknown): void {
  if (isApiError(error, 401)) handleUnauthorized();
}

function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
