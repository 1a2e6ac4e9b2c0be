import type { Language } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { cx } from './cx';

const LANGUAGES: { code: Language; label: string; name: string }[] = [
  { code: 'id', label: 'ID', name: 'Bahasa Indonesia' },
  { code: 'en', label: 'EN', name: 'English' },
];

/** ID | EN toggle; each button names its language in that language. */
export function LanguageSwitch({ tone = 'dark' }: { tone?: 'dark' | 'light' }) {
  const { lang, t, setLanguage } = useI18n();
  return (
    <div
      role="group"
      aria-label={t('language.label')}
      className={cx(
        'inline-flex rounded-md p-0.5 ring-1',
        tone === 'dark' ? 'text-white ring-white/40' : 'ring-slate-300',
      )}
    >
      {LANGUAGES.map((option) => {
        const active = option.code === lang;
        return (
          <button
            key={option.code}
            type="button"
            lang={option.code}
            aria-pressed={active}
            title={option.name}
            onClick={() => setLanguage(option.code)}
            className={cx(
              'focus-ring min-h-8 min-w-10 rounded px-2 text-sm font-semibold',
              tone === 'dark' && (active ? 'bg-white text-navy-900' : 'text-white hover:bg-white/15'),
              tone === 'light' && (active ? 'bg-navy-800 text-white' : 'text-navy-800 hover:bg-navy-50'),
            )}
          >
            <span aria-hidden="true">{option.label}</span>
            <span className="sr-only">{option.name}</span>
          </button>
        );
      })}
    </div>
  );
}
