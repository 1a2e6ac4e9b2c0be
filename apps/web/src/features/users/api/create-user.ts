import { useMutation, useQueryClient } from '@tanstack/react-query';
import { UserSchema, type CreateUserBody, type User } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { usersKey } from './keys';

export function createUser(body: CreateUserBody): Promise<User> {
  return apiFetch('/users', UserSchema, { method: 'POST', body });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...usersKey, 'list'] }),
  });
}
