import { useMutation, useQueryClient } from '@tanstack/react-query';
import { NotificationSchema, ReadAllResultSchema, type Notification, type ReadAllResult } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { notificationsKey } from './list-notifications';

export function markRead(id: string): Promise<Notification> {
  return apiFetch(`/notifications/${encodeURIComponent(id)}/read`, NotificationSchema, { method: 'POST' });
}

export function markAllRead(): Promise<ReadAllResult> {
  return apiFetch('/notifications/read-all', ReadAllResultSchema, { method: 'POST' });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => markRead(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}
