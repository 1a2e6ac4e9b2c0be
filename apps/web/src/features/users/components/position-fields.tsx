import type { UseFormRegisterReturn } from 'react-hook-form';
import { SelectField, TextField } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import { useUnitOptions } from '../api/list-unit-options';
import { roleOptions } from './role-options';

type PositionFieldName = 'title' | 'role' | 'unitId';

type PositionFieldsProps = {
  fields: Record<PositionFieldName, UseFormRegisterReturn>;
  errors: Partial<Record<PositionFieldName, string>>;
};

/** Title, role and unit of a position; shared by the create-user and add-position forms. */
export function PositionFields({ fields, errors }: PositionFieldsProps) {
  const { t } = useI18n();
  const units = useUnitOptions();
  return (
    <>
      <TextField
        label={t('users.form.positionTitle')}
        hint={t('users.form.positionTitleHint')}
        required
        error={errors.title}
        {...fields.title}
      />
      <SelectField
        label={t('users.form.role')}
        required
        options={roleOptions(t)}
        error={errors.role}
        {...fields.role}
      />
      {units.data ? (
        <SelectField
          label={t('users.form.unit')}
          required
          placeholder={t('users.form.unitPlaceholder')}
          options={units.data}
          error={errors.unitId}
          {...fields.unitId}
        />
      ) : (
        // Registered only once the options exist, so a restored draft's unit is selected on screen too.
        <SelectField
          label={t('users.form.unit')}
          required
          disabled
          placeholder={units.isError ? t('users.form.unitsFailed') : t('common.loading')}
          options={[]}
          error={units.isError ? t('users.form.unitsFailed') : errors.unitId}
        />
      )}
    </>
  );
}
