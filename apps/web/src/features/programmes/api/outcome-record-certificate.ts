import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateCertificateBody } from '@selaras/contracts';
import { apiSend } from '@/lib/api-client';
import { inmatePath, outcomeSummaryPrefix } from './outcome-keys';

export function recordCertificate(inmateId: string, body: CreateCertificateBody): Promise<void> {
  return apiSend(inmatePath(inmateId, '/certificates'), { method: 'POST', body });
}

export function useRecordCertificate(inmateId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCertificateBody) => recordCertificate(inmateId, body),
    // A page showing the name reads it again with the new certificate: the server audits that read too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: outcomeSummaryPrefix(inmateId) }),
  });
}
