import type { ReactNode } from 'react';
import { cx } from './cx';

export const CONTROL_CLASSES =
  'focus-ring block w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-xs placeholder:text-slate-400 disabled:bg-slate-100';

export function controlClasses(invalid: boolean, className?: string): string {
  return cx(CONTROL_CLASSES, invalid ? 'border-red-600' : 'border-slate-400', className);
}

type FieldProps = {
  id: string;
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  children: ReactNode;
};

/** Label above, control, then hint and error text tied to the control with aria-describedby. */
export function Field({ id, label, error, hint, required, className, children }: FieldProps) {
  return (
    <div className={cx('flex flex-col gap-1', className)}>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
        {required && (
          <span aria-hidden="true" className="ml-0.5 text-red-700">
            *
          </span>
        )}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export function describedBy(id: string, error?: string, hint?: ReactNode): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** The class and ARIA wiring every labelled control (input, select, textarea) shares. */
export function controlProps(
  id: string,
  o: { error?: string; hint?: ReactNode; required?: boolean; className?: string },
) {
  return {
    className: controlClasses(Boolean(o.error), o.className),
    'aria-invalid': o.error ? true : undefined,
    'aria-describedby': describedBy(id, o.error, o.hint),
    'aria-required': o.required || undefined,
  };
}
