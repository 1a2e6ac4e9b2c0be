import { useEffect } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

const PREFIX = 'selaras.draft.';
const NOTHING: readonly string[] = [];

function omit(values: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (!keys.includes(key)) copy[key] = value;
  }
  return copy;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The saved draft merged over the defaults (for `useForm({ defaultValues })`). */
export function loadDraft<T extends FieldValues>(key: string, defaults: T): T {
  try {
    const raw = window.sessionStorage.getItem(PREFIX + key);
    const saved: unknown = raw ? JSON.parse(raw) : null;
    if (!isRecord(saved)) return defaults;
    const merged: Record<string, unknown> = { ...defaults };
    for (const [field, value] of Object.entries(saved)) {
      const fallback = merged[field];
      merged[field] = isRecord(fallback) && isRecord(value) ? { ...fallback, ...value } : value;
    }
    return merged as T;
  } catch {
    return defaults;
  }
}

export function clearDraft(key: string): void {
  try {
    window.sessionStorage.removeItem(PREFIX + key);
  } catch {
    // Storage unavailable: nothing was saved.
  }
}

/** Keeps the values as the draft now (e.g. when a queued submission comes back refused). */
export function storeDraft(key: string, values: Record<string, unknown>, exclude: readonly string[] = NOTHING): void {
  try {
    window.sessionStorage.setItem(PREFIX + key, JSON.stringify(omit(values, exclude)));
  } catch {
    // Storage full or blocked: typing still works, only the draft is not kept.
  }
}

/**
 * Saves what a person types into sessionStorage so a reload loses nothing; secrets (top-level
 * fields listed in `exclude`) are never written.
 */
export function useFormDraft<T extends FieldValues, TOutput = T>(
  form: UseFormReturn<T, unknown, TOutput>,
  key: string,
  exclude: readonly string[] = NOTHING,
): void {
  useEffect(() => {
    const subscription = form.watch((values) => storeDraft(key, values, exclude));
    return () => subscription.unsubscribe();
  }, [form, key, exclude]);
}
