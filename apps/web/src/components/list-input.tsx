import { useState } from 'react';
import { TextareaField, TextField } from '@/components/ui';

type ListInputProps = {
  label: string;
  hint?: string;
  error?: string;
  value: readonly string[] | undefined;
  onChange: (next: string[]) => void;
  onBlur?: () => void;
  required?: boolean;
  /** One item per line (a textarea) or comma-separated on one line. */
  separator: 'line' | 'comma';
};

function split(text: string, separator: ListInputProps['separator']): string[] {
  return text
    .split(separator === 'line' ? /\r?\n/ : ',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * A list typed as text. The text is kept as typed (so a trailing comma or a new empty line stays
 * while typing) and the parsed list goes to the form.
 */
export function ListInput({ label, hint, error, value, onChange, onBlur, required, separator }: ListInputProps) {
  const [text, setText] = useState(() => (value ?? []).join(separator === 'line' ? '\n' : ', '));
  const change = (next: string) => {
    setText(next);
    onChange(split(next, separator));
  };
  if (separator === 'line') {
    return (
      <TextareaField
        label={label}
        hint={hint}
        error={error}
        required={required}
        rows={3}
        value={text}
        onChange={(event) => change(event.target.value)}
        onBlur={onBlur}
      />
    );
  }
  return (
    <TextField
      label={label}
      hint={hint}
      error={error}
      required={required}
      value={text}
      onChange={(event) => change(event.target.value)}
      onBlur={onBlur}
    />
  );
}
