import { useEffect, useState } from 'react';
import { useFieldArray, useForm, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import {
  ALERT_LEVELS,
  SaveEscalationRulesBodySchema,
  type EscalationRule,
  type IncidentCategory,
  type Severity,
} from '@selaras/contracts';
import { Alert, Button, SelectField, TextField } from '@/components/ui';
import { isApiError } from '@/lib/api-client';
import { describeError } from '@/lib/errors';
import { issueText, resolverOptions } from '@/lib/forms';
import { useI18n } from '@/lib/i18n/i18n';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useReplaceRules } from '../api/replace-rules';
import { placeRuleIssues, toRuleDrafts } from '../catalogue-model';
import { NumberedItem } from './numbered-item';

const RulesFormSchema = z.object({ rules: SaveEscalationRulesBodySchema });
type RulesInput = z.input<typeof RulesFormSchema>;
type RulesForm = UseFormReturn<RulesInput, unknown, z.output<typeof RulesFormSchema>>;
const DRAFT_KEY = 'incident-catalogue.rules';
const toInteger = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value);

type RuleRowProps = {
  form: RulesForm;
  index: number;
  categories: readonly IncidentCategory[];
  severities: readonly Severity[];
  serverErrors: string[];
  onRemove: () => void;
};

function RuleRow({ form, index, categories, severities, serverErrors, onRemove }: RuleRowProps) {
  const { t } = useI18n();
  const errors = form.formState.errors.rules?.[index];
  const number = t('catalogue.rule.number', { number: index + 1 });
  return (
    <NumberedItem
      number={number}
      columns="sm:grid-cols-2 lg:grid-cols-5"
      removeText={t('catalogue.rule.remove')}
      removeLabel={t('catalogue.rule.removeNamed', { name: number })}
      onRemove={onRemove}
      below={
        serverErrors.length > 0 && (
          <ul className="mt-2 text-sm font-medium text-red-700">
            {serverErrors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )
      }
    >
      <SelectField
        label={t('catalogue.rule.category')}
        options={[
          { value: '', label: t('catalogue.rule.everyCategory') },
          ...categories.map((c) => ({
            value: c.id,
            label: c.active ? c.name : `${c.name} (${t('catalogue.category.inactiveShort')})`,
          })),
        ]}
        error={errors?.categoryId?.message}
        {...form.register(`rules.${index}.categoryId`, {
          setValueAs: (v: unknown) => (v === '' || v === null ? null : v),
        })}
      />
      <SelectField
        label={t('catalogue.rule.level')}
        required
        options={ALERT_LEVELS.map((level) => ({ value: level, label: t(`catalogue.level.${level}`) }))}
        error={errors?.level?.message}
        {...form.register(`rules.${index}.level`)}
      />
      <SelectField
        label={t('catalogue.rule.minSeverity')}
        required
        options={severities.map((s) => ({ value: String(s.rank), label: `${s.rank} · ${s.name}` }))}
        error={errors?.minSeverityRank?.message}
        {...form.register(`rules.${index}.minSeverityRank`, { setValueAs: toInteger })}
      />
      <TextField
        label={t('catalogue.rule.notifyAfter')}
        type="number"
        inputMode="numeric"
        min={0}
        max={1440}
        required
        hint={t('catalogue.rule.notifyAfterHint')}
        error={errors?.notifyAfterMinutes?.message}
        {...form.register(`rules.${index}.notifyAfterMinutes`, { setValueAs: toInteger })}
      />
      <TextField
        label={t('catalogue.rule.ackWithin')}
        type="number"
        inputMode="numeric"
        min={1}
        max={1440}
        required
        error={errors?.ackWithinMinutes?.message}
        {...form.register(`rules.${index}.ackWithinMinutes`, { setValueAs: toInteger })}
      />
    </NumberedItem>
  );
}

type RulesEditorProps = {
  rules: readonly EscalationRule[];
  categories: readonly IncidentCategory[];
  severities: readonly Severity[];
};

/** The whole escalation policy, edited as one and saved at once: the server keeps all of it or none. */
export function RulesEditor({ rules, categories, severities }: RulesEditorProps) {
  const { t } = useI18n();
  const replace = useReplaceRules();
  const [general, setGeneral] = useState<string[]>([]);
  const [rowErrors, setRowErrors] = useState<Map<number, string[]>>(new Map());
  const [saved, setSaved] = useState(false);
  const form: RulesForm = useForm<RulesInput, unknown, z.output<typeof RulesFormSchema>>({
    resolver: zodResolver(RulesFormSchema, resolverOptions),
    defaultValues: { rules: toRuleDrafts(rules) },
  });
  // An unsaved draft comes back as changes against the saved set, so it can be seen and discarded.
  useEffect(() => {
    const stored = { rules: toRuleDrafts(rules) };
    const draft = loadDraft(DRAFT_KEY, stored);
    if (JSON.stringify(draft) !== JSON.stringify(stored)) form.reset(draft, { keepDefaultValues: true });
    // Only once, when the editor opens: later changes to `rules` come from this editor's own save.
  }, []);
  useFormDraft(form, DRAFT_KEY);
  const rows = useFieldArray({ control: form.control, name: 'rules' });

  const onSubmit = form.handleSubmit(async ({ rules: body }) => {
    setGeneral([]);
    setRowErrors(new Map());
    setSaved(false);
    try {
      const result = await replace.mutateAsync(body);
      clearDraft(DRAFT_KEY);
      form.reset({ rules: toRuleDrafts(result.items) });
      setSaved(true);
    } catch (error) {
      if (isApiError(error) && error.problem.errors?.length) {
        const placed = placeRuleIssues(error.problem.errors.map((issue) => ({ ...issue, message: issueText(issue) })));
        setRowErrors(placed.rows);
        setGeneral([error.problem.detail ?? error.problem.title, ...placed.general]);
      } else {
        setGeneral([describeError(error, t)]);
      }
    }
  });

  function discard() {
    clearDraft(DRAFT_KEY);
    form.reset({ rules: toRuleDrafts(rules) });
    setGeneral([]);
    setRowErrors(new Map());
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <p className="text-sm text-slate-700">{t('catalogue.rules.hint')}</p>
      {general.length > 0 && (
        <Alert tone="error">
          {general.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </Alert>
      )}
      {saved && !form.formState.isDirty && <Alert tone="success">{t('catalogue.rules.saved')}</Alert>}
      {form.formState.isDirty && <Alert tone="warning">{t('catalogue.rules.unsaved')}</Alert>}
      {form.formState.errors.rules?.root?.message && (
        <p className="text-sm font-medium text-red-700">{form.formState.errors.rules.root.message}</p>
      )}
      <ol className="flex flex-col gap-3">
        {rows.fields.map((field, index) => (
          <RuleRow
            key={field.id}
            form={form}
            index={index}
            categories={categories}
            severities={severities}
            serverErrors={rowErrors.get(index) ?? []}
            onRemove={() => rows.remove(index)}
          />
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          onClick={() =>
            rows.append({
              categoryId: null,
              minSeverityRank: 1,
              level: 'kanwil',
              notifyAfterMinutes: 0,
              ackWithinMinutes: 15,
            })
          }
        >
          {t('catalogue.rule.add')}
        </Button>
        <Button type="submit" busy={replace.isPending}>
          {t('catalogue.rules.save')}
        </Button>
        <Button variant="ghost" onClick={discard} disabled={!form.formState.isDirty}>
          {t('catalogue.rules.discard')}
        </Button>
      </div>
    </form>
  );
}
