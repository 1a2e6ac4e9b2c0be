import { useMutation } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';

export function logOutAll(): Promise<void> {
  return apiSend('/auth/logout-all', { method: 'POST' });
}

/** Ends every session of this person, on every device, this one included. */
export function useLogOutAll() {
  return useMutation({ mutationFn: logOutAll });
}
