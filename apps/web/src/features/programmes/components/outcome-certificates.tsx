import { useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { CreateCertificateBodySchema, type CreateCertificateBody, type InmateSummary } from '@selaras/contracts';
import { Button, Card, CheckboxField, EmptyRow, SelectField, Table, Td, TextField, Th } from '@/components/ui';
import { emptyToUndefined } from '@/lib/form-values';
import { formatDate } from '@/lib/format';
import { resolverOptions } from '@/lib/forms';
import { useI18n } from '@/lib/i18n/i18n';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useRecordCertificate } from '../api/outcome-record-certificate';
import { useSaveFeedback } from '@/lib/use-save-feedback';

type CertificateInput = z.input<typeof CreateCertificateBodySchema>;
const SERVER_FIELDS: Path<CertificateInput>[] = ['title', 'skill', 'issuer', 'certified', 'issuedOn', 'programmeId'];
const EMPTY: CertificateInput = { title: '', skill: '', issuer: '', certified: false, issuedOn: '', programmeId: '' };
const optional = { setValueAs: emptyToUndefined };

function CertificateForm({ summary }: { summary: InmateSummary }) {
  const { t } = useI18n();
  const record = useRecordCertificate(summary.inmateId);
  const draftKey = `outcome-certificate-${summary.inmateId}`;
  const [defaults] = useState(() => loadDraft(draftKey, EMPTY));
  const form = useForm<CertificateInput, unknown, CreateCertificateBody>({
    resolver: zodResolver(CreateCertificateBodySchema, resolverOptions),
    defaultValues: defaults,
  });
  useFormDraft(form, draftKey);
  const { errors } = form.formState;
  const { say, attempt, notices } = useSaveFeedback(form.setError);

  const onSubmit = form.handleSubmit((values) =>
    attempt(async () => {
      await record.mutateAsync(values);
      clearDraft(draftKey);
      form.reset(EMPTY);
    }, SERVER_FIELDS),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('outcomes.certificates.formLabel')} className="flex flex-col gap-3">
      {notices(t('outcomes.certificates.saved'))}
      <div className="grid min-w-0 grid-cols-1 gap-3 sm:grid-cols-2">
        <TextField label={t('outcomes.certificates.titleField')} required error={say(errors.title?.message)} {...form.register('title')} />
        <TextField label={t('outcomes.certificates.skill')} error={say(errors.skill?.message)} {...form.register('skill', optional)} />
        <TextField
          label={t('outcomes.certificates.issuer')}
          hint={t('outcomes.certificates.issuerHint')}
          required
          error={say(errors.issuer?.message)}
          {...form.register('issuer')}
        />
        <TextField
          type="date"
          label={t('outcomes.certificates.issuedOn')}
          required
          error={say(errors.issuedOn?.message)}
          {...form.register('issuedOn')}
        />
        <SelectField
          label={t('outcomes.certificates.programme')}
          placeholder={t('outcomes.certificates.noProgramme')}
          options={summary.programmes.map((p) => ({ value: p.programmeId, label: p.name }))}
          error={say(errors.programmeId?.message)}
          {...form.register('programmeId', optional)}
        />
        <div className="self-end">
          <CheckboxField label={t('outcomes.certificates.certified')} {...form.register('certified')} />
        </div>
      </div>
      <div>
        <Button type="submit" busy={record.isPending}>
          {t('outcomes.certificates.add')}
        </Button>
      </div>
    </form>
  );
}

export function OutcomeCertificates({ summary }: { summary: InmateSummary }) {
  const { t, lang } = useI18n();
  return (
    <Card title={t('outcomes.certificates.title')}>
      <Table caption={t('outcomes.certificates.caption')} hideCaption>
        <thead>
          <tr>
            <Th>{t('outcomes.certificates.titleField')}</Th>
            <Th>{t('outcomes.certificates.skill')}</Th>
            <Th>{t('outcomes.certificates.issuer')}</Th>
            <Th>{t('outcomes.certificates.certified')}</Th>
            <Th>{t('outcomes.certificates.issuedOn')}</Th>
          </tr>
        </thead>
        <tbody>
          {summary.certificates.length === 0 && <EmptyRow colSpan={5}>{t('outcomes.certificates.none')}</EmptyRow>}
          {summary.certificates.map((c) => (
            <tr key={c.id}>
              <Td className="font-medium">
                {c.title}
                {c.programmeName && <span className="block text-sm font-normal text-slate-600">{c.programmeName}</span>}
              </Td>
              <Td>{c.skill ?? '–'}</Td>
              <Td>{c.issuer}</Td>
              <Td>{c.certified ? t('common.yes') : t('common.no')}</Td>
              <Td className="whitespace-nowrap">{formatDate(c.issuedOn, lang)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {summary.abilities.recordCertificate && (
        <div className="mt-4 border-t border-slate-200 pt-4">
          <CertificateForm summary={summary} />
        </div>
      )}
    </Card>
  );
}
