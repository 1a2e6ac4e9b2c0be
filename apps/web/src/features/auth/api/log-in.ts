import { useMutation, useQueryClient } from '@tanstack/react-query';
import { MeSchema, type LoginBody, type Me } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { storeMe } from '@/lib/me';

export function logIn(body: LoginBody): Promise<Me> {
  return apiFetch('/auth/login', MeSchema, { method: 'POST', body });
}

export function useLogIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logIn,
    onSuccess: (me) => storeMe(queryClient, me),
  });
}
