import { useQueryClient } from '@tanstack/react-query';
import { incidentsKey } from './keys';

/** After any change to an incident: the incident page, its persons and the board load again. */
export function useIncidentChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: incidentsKey });
}
