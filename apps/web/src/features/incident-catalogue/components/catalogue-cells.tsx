import { Td, Th } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';

type Entry = { code: string; name: string; nameEn: string; active: boolean };

/** The header over a row's buttons, read out but not shown. */
export function ActionsHeader() {
  const { t } = useI18n();
  return (
    <Th>
      <span className="sr-only">{t('catalogue.actions')}</span>
    </Th>
  );
}

/** A category's or a level's name in the reader's language, its code beneath. */
export function NameCell({ entry }: { entry: Entry }) {
  const { lang } = useI18n();
  return (
    <Td>
      <span className="font-medium">{lang === 'en' ? entry.nameEn : entry.name}</span>
      <span className="block font-mono text-xs text-slate-600">{entry.code}</span>
    </Td>
  );
}

export function ActiveCell({ entry }: { entry: Entry }) {
  const { t } = useI18n();
  return <Td>{entry.active ? t('catalogue.category.activeShort') : t('catalogue.category.inactiveShort')}</Td>;
}

/** Inactive entries stay listed, greyed. */
export const rowTone = (entry: Entry) => (entry.active ? undefined : 'text-slate-500');
