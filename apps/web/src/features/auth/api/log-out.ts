import { useMutation } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';

export function logOut(): Promise<void> {
  return apiSend('/auth/logout', { method: 'POST' });
}

export function useLogOut() {
  return useMutation({ mutationFn: logOut });
}
