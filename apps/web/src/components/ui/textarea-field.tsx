import { useId, type ComponentProps, type ReactNode } from 'react';
import { controlClasses, describedBy, Field } from './field';

type TextareaFieldProps = Omit<ComponentProps<'textarea'>, 'id'> & {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  fieldClassName?: string;
};

export function TextareaField({
  label,
  error,
  hint,
  fieldClassName,
  className,
  required,
  ...rest
}: TextareaFieldProps) {
  const id = useId();
  return (
    <Field id={id} label={label} error={error} hint={hint} required={required} className={fieldClassName}>
      <textarea
        id={id}
        rows={4}
        className={controlClasses(Boolean(error), className)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        aria-required={required || undefined}
        {...rest}
      />
    </Field>
  );
}
