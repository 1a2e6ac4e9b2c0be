import { useId, type ComponentProps, type ReactNode } from 'react';
import { controlProps, Field } from './field';

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
        {...controlProps(id, { error, hint, required, className })}
        {...rest}
      />
    </Field>
  );
}
