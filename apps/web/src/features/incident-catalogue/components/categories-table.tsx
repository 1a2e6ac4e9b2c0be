import type { IncidentCategory } from '@selaras/contracts';
import { Button, EmptyRow, Table, Td, Th } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import { ActionsHeader, ActiveCell, NameCell, rowTone } from './catalogue-cells';

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
          <ActionsHeader />
        </tr>
      </thead>
      <tbody>
        {categories.length === 0 && <EmptyRow colSpan={5}>{t('catalogue.categories.empty')}</EmptyRow>}
        {categories.map((category) => (
          <tr key={category.id} className={rowTone(category)}>
            <NameCell entry={category} />
            <Td>
              {category.serious ? (
                <strong className="text-red-800">{t('catalogue.category.seriousShort')}</strong>
              ) : (
                t('catalogue.category.ordinary')
              )}
            </Td>
            <Td className="min-w-40">{counterText(category, lang) || '—'}</Td>
            <ActiveCell entry={category} />
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
