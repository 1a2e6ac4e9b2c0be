import { useCallback, useSyncExternalStore } from 'react';
import type { Language } from '../format';
import { messagesId, type MessageKey } from './messages';

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

let current: Language = 'id';
/** English is fetched the first time someone chooses it, so the app shell carries one language only. */
let messagesEn: Record<MessageKey, string> | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getLanguage(): Language {
  return current;
}

async function loadEnglish(): Promise<Record<MessageKey, string>> {
  messagesEn ??= (await import('./messages/en')).messagesEn;
  return messagesEn;
}

function remember(lang: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

function apply(lang: Language): void {
  current = lang;
  document.documentElement.lang = lang;
  for (const listener of listeners) listener();
}

/** Switches the language, remembers it for the next visit and tells assistive tech via `<html lang>`. */
export function setLanguage(lang: Language): void {
  remember(lang);
  if (lang === 'id') return apply('id');
  loadEnglish().then(
    () => apply('en'),
    () => undefined, // Offline before English was ever loaded: stay in Indonesian.
  );
}

/** Starts in the remembered language; resolves once its messages are ready (Indonesian if English cannot load). */
export async function applyStoredLanguage(): Promise<void> {
  const stored = readStoredLanguage();
  if (stored === 'en') await loadEnglish().then(() => undefined, () => undefined);
  apply(stored === 'en' && messagesEn ? 'en' : 'id');
}

export function translate(lang: Language, key: MessageKey, params?: TranslateParams): string {
  const text = (lang === 'en' && messagesEn ? messagesEn : messagesId)[key];
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
