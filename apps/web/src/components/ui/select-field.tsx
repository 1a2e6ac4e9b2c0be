import { useId, type ComponentProps, type ReactNode } from 'react';
import { controlProps, Field } from './field';

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
        {...controlProps(id, { error, hint, required, className })}
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
