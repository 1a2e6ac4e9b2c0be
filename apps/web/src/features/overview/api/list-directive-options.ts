import { useQuery } from '@tanstack/react-query';
import { DirectivePageSchema } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { overviewKey } from './get-overview';

/** Issued directives the caller can see, newest first, for the dashboard's directive filter. */
export function useDirectiveOptions() {
  return useQuery({
    queryKey: [...overviewKey, 'directive-options'],
    queryFn: async ({ signal }) => {
      const page = await apiFetch('/directives', DirectivePageSchema, { query: { status: 'issued', limit: 100 }, signal });
      return page.items.map((d) => ({ value: d.id, label: d.title }));
    },
    staleTime: 60_000,
  });
}
