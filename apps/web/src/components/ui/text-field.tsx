import { useId, type ComponentProps, type ReactNode } from 'react';
import { controlClasses, describedBy, Field } from './field';

type TextFieldProps = Omit<ComponentProps<'input'>, 'id'> & {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  fieldClassName?: string;
};

export function TextField({ label, error, hint, fieldClassName, className, required, ...rest }: TextFieldProps) {
  const id = useId();
  return (
    <Field id={id} label={label} error={error} hint={hint} required={required} className={fieldClassName}>
      <input
        id={id}
        className={controlClasses(Boolean(error), className)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        aria-required={required || undefined}
        {...rest}
      />
    </Field>
  );
}
