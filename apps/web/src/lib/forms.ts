import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { z } from 'zod';
import { isApiError } from './api-client';
import { describeError } from './errors';
import { getLanguage, translate, type Translate } from './i18n/i18n';
import type { FieldIssue } from '@selaras/contracts';
import { messagesId, type MessageKey } from './i18n/messages';

function message(key: MessageKey, params?: Record<string, string | number>): string {
  return translate(getLanguage(), key, params);
}

/**
 * Plain-language messages for the zod checks that carry no message of their own; passed to
 * zodResolver so form errors follow the chosen language.
 */
export function localizedIssue(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.input === '' || issue.input === undefined) return message('validation.required');
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'set') {
        return message('validation.minItems', { min: Number(issue.minimum) });
      }
      if (issue.origin === 'number') return message('validation.minValue', { min: Number(issue.minimum) });
      return message('validation.minLength', { min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'array' || issue.origin === 'set') {
        return message('validation.maxItems', { max: Number(issue.maximum) });
      }
      if (issue.origin === 'number') return message('validation.maxValue', { max: Number(issue.maximum) });
      return message('validation.maxLength', { max: Number(issue.maximum) });
    case 'invalid_format':
      return issue.format === 'email' ? message('validation.email') : message('validation.format');
    case 'invalid_type':
      return issue.expected === 'number' ? message('validation.number') : message('validation.choose');
    case 'invalid_value':
      return message('validation.choose');
    default:
      return undefined;
  }
}

export const resolverOptions = { error: localizedIssue };

function isMessageKey(key: string): key is MessageKey {
  return key in messagesId;
}

/** A server field error in the chosen language when its code is known (`directives.metric_value_invalid`). */
export function issueText(issue: FieldIssue): string {
  const key = `issue.${issue.code}`;
  if (!issue.params || !isMessageKey(key)) return issue.message;
  const params = { ...issue.params };
  const expected = `issue.expected.${String(params.expected)}`;
  if (isMessageKey(expected)) params.expected = message(expected, params);
  return message(key, params);
}

/**
 * Puts the server's field errors (`body.position.unitId`) onto the matching form fields, and errors
 * known by code (`users.username_taken`) onto the field they concern; returns what is left to say
 * above the form, or null when every error found its field.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  t: Translate,
  codeFields: Partial<Record<string, Path<T>>> = {},
): string | null {
  if (!isApiError(error)) return describeError(error, t);
  const byCode = codeFields[error.problem.code];
  if (byCode) {
    setError(byCode, { type: 'server', message: error.problem.detail ?? error.problem.title });
    return null;
  }
  const issues = error.problem.errors ?? [];
  let unplaced = issues.length === 0;
  for (const issue of issues) {
    const path = issue.path.replace(/^body\./, '');
    const field = fields.find((name) => name === path);
    if (field) setError(field, { type: 'server', message: issueText(issue) });
    else unplaced = true;
  }
  return unplaced ? describeError(error, t) : null;
}

/** A trimmed text field of a submitted form, or undefined when it is empty. */
export function readText(data: FormData, name: string): string | undefined {
  const value = data.get(name);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
