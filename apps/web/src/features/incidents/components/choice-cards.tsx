import { useId, type ComponentProps, type ReactNode } from 'react';
import { cx } from '@/components/ui';

export type Choice = { value: string; label: string; emphasis?: boolean };

type ChoiceCardsProps = Omit<ComponentProps<'input'>, 'type' | 'value'> & {
  legend: ReactNode;
  choices: readonly Choice[];
  error?: string;
  /** Read out with every emphasised choice ("Kejadian tertentu: …"). */
  emphasisHint?: string;
  /** A short visible mark on emphasised choices ("Tertentu"); screen readers hear the hint instead. */
  emphasisMark?: string;
  columns?: string;
};

/** A radio group drawn as large tappable cards, for choosing quickly with a thumb. */
export function ChoiceCards({
  legend,
  choices,
  error,
  emphasisHint,
  emphasisMark,
  columns,
  name,
  ...rest
}: ChoiceCardsProps) {
  const id = useId();
  return (
    <fieldset
      className="flex min-w-0 flex-col gap-2"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className="mb-1 font-semibold text-navy-900">
        {legend}
        <span aria-hidden="true" className="ml-0.5 text-red-700">
          *
        </span>
      </legend>
      {emphasisHint && (
        <p id={`${id}-emphasis`} className="sr-only">
          {emphasisHint}
        </p>
      )}
      <div className={cx('grid grid-cols-1 gap-2', columns ?? 'sm:grid-cols-2')}>
        {choices.map((choice) => (
          <label
            key={choice.value}
            className={cx(
              'flex min-h-12 cursor-pointer items-center gap-3 rounded-md border-2 px-3 py-2 font-medium text-slate-900',
              'has-[:checked]:border-navy-800 has-[:checked]:bg-navy-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-teal-600',
              choice.emphasis ? 'border-red-300' : 'border-slate-300',
            )}
          >
            <input
              type="radio"
              name={name}
              value={choice.value}
              className="size-5 shrink-0 accent-navy-800"
              aria-describedby={choice.emphasis && emphasisHint ? `${id}-emphasis` : undefined}
              {...rest}
            />
            <span>{choice.label}</span>
            {choice.emphasis && emphasisMark && (
              <span
                aria-hidden="true"
                className="ml-auto rounded-full bg-red-700 px-2 py-0.5 text-xs font-semibold text-white"
              >
                {emphasisMark}
              </span>
            )}
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
