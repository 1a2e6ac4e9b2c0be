import { useEffect, useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import {
  INMATE_CATEGORIES,
  INMATE_SEXES,
  INMATE_STATUSES,
  UpdateInmateBodySchema,
  type Inmate,
  type UpdateInmateBody,
} from '@selaras/contracts';
import { Alert, Button, Card, SelectField, TextField } from '@/components/ui';
import { emptyToUndefined, toOptionalNumber } from '@/lib/form-values';
import { applyServerErrors, resolverOptions } from '@/lib/forms';
import { useI18n } from '@/lib/i18n/i18n';
import { localizeContractMessage } from '@/lib/i18n/contract-messages';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useCreateInmate } from '../api/create-inmate';
import { useUpdateInmate } from '../api/update-inmate';
import { CATEGORY_LABEL, SEX_LABEL, STATUS_LABEL } from './labels';

/** Every field optional here: the server names what a new record still lacks, on its field. */
const FormSchema = UpdateInmateBodySchema.extend({ unitId: z.uuid().optional() });
type FormInput = z.input<typeof FormSchema>;
type FormOutput = z.output<typeof FormSchema>;
const FIELDS: Path<FormInput>[] = ['unitId', 'registrationNumber', 'name', 'sex', 'birthYear', 'category', 'status', 'entryDate', 'exitDate'];
const CODE_FIELDS: Partial<Record<string, Path<FormInput>>> = { 'inmates.registration_taken': 'registrationNumber' };
/** The name stays out of browser storage: drafts keep everything else. */
const NOT_DRAFTED = ['name'] as const;
const optional = { setValueAs: emptyToUndefined };

export type InmateFormTarget = { kind: 'create'; unitId: string | undefined } | { kind: 'edit'; inmate: Inmate };

function defaultsOf(target: InmateFormTarget): FormInput {
  if (target.kind === 'create') {
    return { unitId: target.unitId, registrationNumber: '', name: '', sex: undefined, birthYear: undefined, category: undefined, status: 'aktif', entryDate: '', exitDate: '' };
  }
  const i = target.inmate;
  return { registrationNumber: i.registrationNumber, name: '', sex: i.sex, birthYear: i.birthYear, category: i.category, status: i.status, entryDate: i.entryDate, exitDate: i.exitDate ?? '' };
}

/** Only what changed goes to the server, so a correction never overwrites what someone else saved. */
function changesOf(inmate: Inmate, values: FormOutput): UpdateInmateBody {
  const body: UpdateInmateBody = {};
  const keys = ['registrationNumber', 'name', 'sex', 'birthYear', 'category', 'status', 'entryDate', 'exitDate'] as const;
  for (const key of keys) {
    const value = values[key];
    if (value === undefined || value === inmate[key]) continue;
    Object.assign(body, { [key]: value });
  }
  return body;
}

type InmateFormProps = { target: InmateFormTarget; onDone: (message: string) => void; onCancel: () => void };

/** Add an inmate to a UPT's register, or correct one (a release or transfer needs its exit date). */
export function InmateForm({ target, onDone, onCancel }: InmateFormProps) {
  const { t, lang } = useI18n();
  const draftKey = target.kind === 'create' ? `inmate-new-${target.unitId ?? 'own'}` : `inmate-edit-${target.inmate.id}`;
  const create = useCreateInmate();
  const update = useUpdateInmate();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(FormSchema, resolverOptions),
    defaultValues: loadDraft(draftKey, defaultsOf(target)),
  });
  useFormDraft(form, draftKey, NOT_DRAFTED);
  // The form opens above the register: bring it into view, on a phone too.
  useEffect(() => form.setFocus('registrationNumber'), [form]);
  const { errors } = form.formState;
  const say = (message?: string) => (message ? localizeContractMessage(message, lang) : undefined);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      if (target.kind === 'create') {
        const { unitId, ...rest } = values;
        const created = await create.mutateAsync({ ...rest, unitId: unitId ?? target.unitId });
        clearDraft(draftKey);
        onDone(t('inmates.form.created', { pseudonym: created.pseudonym }));
      } else {
        await update.mutateAsync({ id: target.inmate.id, body: changesOf(target.inmate, values) });
        clearDraft(draftKey);
        onDone(t('inmates.form.saved'));
      }
    } catch (error) {
      setFailure(applyServerErrors(error, form.setError, FIELDS, t, CODE_FIELDS));
    }
  });

  const title = target.kind === 'create' ? t('inmates.form.newTitle') : t('inmates.form.editTitle', { pseudonym: target.inmate.pseudonym });
  return (
    <Card title={title} className="mt-5">
      <form onSubmit={onSubmit} noValidate aria-label={title} className="flex flex-col gap-3">
        {failure && <Alert tone="error">{localizeContractMessage(failure, lang)}</Alert>}
        <div className="grid min-w-0 grid-cols-1 gap-3 sm:grid-cols-2">
          <TextField label={t('inmates.col.registrationNumber')} required autoComplete="off" error={say(errors.registrationNumber?.message)} {...form.register('registrationNumber', optional)} />
          <TextField
            label={t('inmates.col.name')}
            required={target.kind === 'create'}
            autoComplete="off"
            hint={target.kind === 'edit' ? t('inmates.form.nameHintEdit') : t('inmates.form.nameHint')}
            error={say(errors.name?.message)}
            {...form.register('name', optional)}
          />
          <SelectField label={t('inmates.col.sex')} required placeholder="—" options={INMATE_SEXES.map((s) => ({ value: s, label: t(SEX_LABEL[s]) }))} error={say(errors.sex?.message)} {...form.register('sex', optional)} />
          <TextField label={t('inmates.col.birthYear')} required inputMode="numeric" autoComplete="off" error={say(errors.birthYear?.message)} {...form.register('birthYear', { setValueAs: toOptionalNumber })} />
          <SelectField label={t('inmates.col.category')} required placeholder="—" options={INMATE_CATEGORIES.map((c) => ({ value: c, label: t(CATEGORY_LABEL[c]) }))} error={say(errors.category?.message)} {...form.register('category', optional)} />
          <SelectField label={t('inmates.col.status')} required options={INMATE_STATUSES.map((s) => ({ value: s, label: t(STATUS_LABEL[s]) }))} error={say(errors.status?.message)} {...form.register('status', optional)} />
          <TextField label={t('inmates.col.entryDate')} type="date" required error={say(errors.entryDate?.message)} {...form.register('entryDate', optional)} />
          <TextField label={t('inmates.col.exitDate')} type="date" hint={t('inmates.form.exitHint')} error={say(errors.exitDate?.message)} {...form.register('exitDate', optional)} />
        </div>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" busy={create.isPending || update.isPending}>
            {t('inmates.form.save')}
          </Button>
          <Button
            variant="ghost"
            onClick={() => {
              clearDraft(draftKey);
              onCancel();
            }}
          >
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
