import { useId, type ComponentProps, type ReactNode } from 'react';
import { controlProps, Field } from './field';

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
        {...controlProps(id, { error, hint, required, className })}
        {...rest}
      />
    </Field>
  );
}
