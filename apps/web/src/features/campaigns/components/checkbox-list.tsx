import { useId } from 'react';
import { cx, type SelectOption } from '@/components/ui';

type CheckboxListProps = {
  legend: string;
  hint?: string;
  error?: string;
  options: readonly SelectOption[];
  value: readonly string[];
  onChange: (next: string[]) => void;
  listClassName?: string;
};

/** Several choices out of a list; the value is the array of chosen option values. */
export function CheckboxList({ legend, hint, error, options, value, onChange, listClassName }: CheckboxListProps) {
  const id = useId();
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <fieldset className="min-w-0" aria-describedby={described || undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <ul className={cx('mt-1 grid gap-1', listClassName)}>
        {options.map((option) => (
          <li key={option.value}>
            <label className="flex min-h-10 items-center gap-2 rounded-md px-2 py-1 break-words hover:bg-slate-50">
              <input
                type="checkbox"
                className="focus-ring size-5 shrink-0 accent-navy-800"
                checked={value.includes(option.value)}
                onChange={(event) =>
                  onChange(event.target.checked ? [...value, option.value] : value.filter((v) => v !== option.value))
                }
              />
              <span className="min-w-0">{option.label}</span>
            </label>
          </li>
        ))}
      </ul>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
