import { useId, type ComponentProps, type ReactNode } from 'react';
import { controlClasses, describedBy, Field } from './field';

export type SelectOption = { value: string; label: string };

type SelectFieldProps = Omit<ComponentProps<'select'>, 'id' | 'children'> & {
  label: ReactNode;
  options: readonly SelectOption[];
  /** Text of a first, empty choice ("Semua", "Pilih …"). */
  placeholder?: string;
  error?: string;
  hint?: ReactNode;
  fieldClassName?: string;
};

export function SelectField({
  label,
  options,
  placeholder,
  error,
  hint,
  fieldClassName,
  className,
  required,
  ...rest
}: SelectFieldProps) {
  const id = useId();
  return (
    <Field id={id} label={label} error={error} hint={hint} required={required} className={fieldClassName}>
      <select
        id={id}
        className={controlClasses(Boolean(error), className)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        aria-required={required || undefined}
        {...rest}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
