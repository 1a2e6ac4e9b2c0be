import type { IncidentCategory } from '@selaras/contracts';
import { Button, EmptyRow, Table, Td, Th } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';

type CategoriesTableProps = {
  categories: readonly IncidentCategory[];
  onEdit: (category: IncidentCategory) => void;
  onSop: (category: IncidentCategory) => void;
};

function counterText(category: IncidentCategory, lang: 'id' | 'en'): string {
  return category.counters.map((c) => `${lang === 'en' ? c.labelEn : c.label}${c.derived ? ' *' : ''}`).join(', ');
}

export function CategoriesTable({ categories, onEdit, onSop }: CategoriesTableProps) {
  const { t, lang } = useI18n();
  return (
    <Table caption={t('catalogue.categories.caption')} hideCaption>
      <thead>
        <tr>
          <Th>{t('catalogue.category.name')}</Th>
          <Th>{t('catalogue.category.kind')}</Th>
          <Th>{t('catalogue.counters.title')}</Th>
          <Th>{t('catalogue.category.status')}</Th>
          <Th>
            <span className="sr-only">{t('catalogue.actions')}</span>
          </Th>
        </tr>
      </thead>
      <tbody>
        {categories.length === 0 && <EmptyRow colSpan={5}>{t('catalogue.categories.empty')}</EmptyRow>}
        {categories.map((category) => (
          <tr key={category.id} className={category.active ? undefined : 'text-slate-500'}>
            <Td>
              <span className="font-medium">{lang === 'en' ? category.nameEn : category.name}</span>
              <span className="block font-mono text-xs text-slate-600">{category.code}</span>
            </Td>
            <Td>
              {category.serious ? (
                <strong className="text-red-800">{t('catalogue.category.seriousShort')}</strong>
              ) : (
                t('catalogue.category.ordinary')
              )}
            </Td>
            <Td className="min-w-40">{counterText(category, lang) || '—'}</Td>
            <Td>{category.active ? t('catalogue.category.activeShort') : t('catalogue.category.inactiveShort')}</Td>
            <Td>
              <div className="flex flex-wrap gap-2">
                <Button
                  size="sm"
                  variant="secondary"
                  onClick={() => onEdit(category)}
                  aria-label={t('catalogue.category.editNamed', { name: category.name })}
                >
                  {t('catalogue.category.edit')}
                </Button>
                <Button
                  size="sm"
                  variant="secondary"
                  onClick={() => onSop(category)}
                  aria-label={t('catalogue.sop.openNamed', { name: category.name })}
                >
                  {t('catalogue.sop.open')}
                </Button>
              </div>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
