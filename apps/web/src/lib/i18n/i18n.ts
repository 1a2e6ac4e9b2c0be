import { useCallback, useSyncExternalStore } from 'react';
import type { Language } from '../format';
import { messages, type MessageKey } from './messages';

const STORAGE_KEY = 'selaras.lang';

export type TranslateParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

function readStoredLanguage(): Language {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

let current: Language = typeof window === 'undefined' ? 'id' : readStoredLanguage();
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getLanguage(): Language {
  return current;
}

/** Switches the language, remembers it for the next visit and tells assistive tech via `<html lang>`. */
export function setLanguage(lang: Language): void {
  current = lang;
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  document.documentElement.lang = lang;
  for (const listener of listeners) listener();
}

export function applyStoredLanguage(): void {
  document.documentElement.lang = current;
}

export function translate(lang: Language, key: MessageKey, params?: TranslateParams): string {
  const text = messages[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    return value === undefined ? match : String(value);
  });
}

/** The current language and a `t()` bound to it; components re-render when the language changes. */
export function useI18n(): { lang: Language; t: Translate; setLanguage: (lang: Language) => void } {
  const lang = useSyncExternalStore(subscribe, getLanguage, () => 'id' as const);
  const t = useCallback<Translate>((key, params) => translate(lang, key, params), [lang]);
  return { lang, t, setLanguage };
}
