import { useMutation } from '@tanstack/react-query';
import type { ChangePasswordBody } from '@selaras/contracts';
import { apiSend } from '@/lib/api-client';

export function changePassword(body: ChangePasswordBody): Promise<void> {
  return apiSend('/me/password', { method: 'POST', body });
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
