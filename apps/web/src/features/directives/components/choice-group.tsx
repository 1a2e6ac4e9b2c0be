import { useId, type ReactNode } from 'react';
import type { SelectOption } from '@/components/ui';
import { cx } from '@/components/ui';

type GroupProps = {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: readonly SelectOption[];
  className?: string;
  /** Classes of the list of options (columns, scrolling). */
  listClassName?: string;
};

function GroupFrame({
  legend,
  hint,
  error,
  className,
  id,
  children,
}: Omit<GroupProps, 'options' | 'listClassName'> & { id: string; children: ReactNode }) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <fieldset className={cx('min-w-0', className)} aria-describedby={described || undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}

const OPTION = 'flex min-h-10 items-center gap-2 rounded-md px-2 py-1 hover:bg-slate-50';
const CONTROL = 'focus-ring size-5 shrink-0 accent-navy-800';

type CheckboxGroupProps = GroupProps & { value: readonly string[] | undefined; onChange: (next: string[]) => void };

/** Several choices out of a list; the value is the array of chosen option values. */
export function CheckboxGroup({
  options,
  value = [],
  onChange,
  listClassName = 'grid-cols-1',
  ...frame
}: CheckboxGroupProps) {
  const id = useId();
  function toggle(option: string, checked: boolean) {
    onChange(checked ? [...value, option] : value.filter((item) => item !== option));
  }
  return (
    <GroupFrame id={id} {...frame}>
      <ul className={cx('mt-1 grid gap-x-3', listClassName)}>
        {options.map((option) => (
          <li key={option.value}>
            <label className={OPTION}>
              <input
                type="checkbox"
                className={CONTROL}
                checked={value.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              <span>{option.label}</span>
            </label>
          </li>
        ))}
      </ul>
    </GroupFrame>
  );
}

type RadioGroupProps = GroupProps & { name: string; value: string; onChange: (next: string) => void };

/** One choice out of a few, all visible at once. */
export function RadioGroup({ options, name, value, onChange, listClassName, ...frame }: RadioGroupProps) {
  const id = useId();
  return (
    <GroupFrame id={id} {...frame}>
      <div className={cx('mt-1 flex flex-col gap-x-4 sm:flex-row sm:flex-wrap', listClassName)}>
        {options.map((option) => (
          <label key={option.value} className={OPTION}>
            <input
              type="radio"
              name={`${id}-${name}`}
              className={CONTROL}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </GroupFrame>
  );
}
