import { useEffect, useRef, useState } from 'react';
import type { IncidentCategory } from '@selaras/contracts';
import { Alert, Button, Card, PageHeader, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useMe } from '@/lib/me';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useIncidentCatalogue } from '../api/get-incident-catalogue';
import { CategoriesTable } from '../components/categories-table';
import { CategoryForm } from '../components/category-form';
import { RulesEditor } from '../components/rules-editor';
import { SeveritiesCard } from '../components/severities-card';
import { SopVersionForm } from '../components/sop-version-form';
import { SopVersions } from '../components/sop-versions';

/** The Kamtib catalogue for admins: categories, their SOP versions, severities and the escalation rules. */
export function IncidentCataloguePage() {
  const { t } = useI18n();
  const me = useMe();
  useDocumentTitle(t('catalogue.title'));
  const catalogue = useIncidentCatalogue();
  const [editing, setEditing] = useState<IncidentCategory | 'new' | null>(null);
  const [sopFor, setSopFor] = useState<string | null>(null);
  const timeZone = me.position.unitTimezone;
  const formRef = useRef<HTMLDivElement>(null);
  const sopRef = useRef<HTMLDivElement>(null);
  // A panel opened from the table may be far below it on a phone: bring it into view.
  useEffect(() => {
    if (editing !== null) formRef.current?.scrollIntoView({ block: 'start' });
  }, [editing]);
  useEffect(() => {
    if (sopFor !== null) sopRef.current?.scrollIntoView({ block: 'start' });
  }, [sopFor]);

  if (catalogue.isPending) return <Spinner />;
  if (catalogue.isError) return <Alert tone="error">{describeError(catalogue.error, t)}</Alert>;
  const { categories, severities, rules, currentSop } = catalogue.data;
  const sopCategory = categories.find((c) => c.id === sopFor);

  return (
    <>
      <PageHeader title={t('catalogue.title')} description={t('catalogue.description')} />
      <div className="flex flex-col gap-5">
        <Card
          title={t('catalogue.categories.title')}
          actions={
            editing === null && (
              <Button size="sm" onClick={() => setEditing('new')}>
                {t('catalogue.category.add')}
              </Button>
            )
          }
        >
          <p className="mb-3 text-sm text-slate-700">{t('catalogue.categories.hint')}</p>
          <CategoriesTable
            categories={categories}
            onEdit={(category) => setEditing(category)}
            onSop={(category) => setSopFor(category.id)}
          />
        </Card>
        {editing !== null && (
          <div ref={formRef} className="scroll-mt-4">
            <Card
              title={
                editing === 'new'
                  ? t('catalogue.category.addTitle')
                  : t('catalogue.category.editTitle', { name: editing.name })
              }
            >
              <CategoryForm
                key={editing === 'new' ? 'new' : editing.id}
                category={editing === 'new' ? null : editing}
                onSaved={() => setEditing(null)}
                onCancel={() => setEditing(null)}
              />
            </Card>
          </div>
        )}
        {sopCategory && (
          <div ref={sopRef} className="scroll-mt-4">
            <Card
              title={t('catalogue.sop.title', { name: sopCategory.name })}
              actions={
                <Button size="sm" variant="ghost" onClick={() => setSopFor(null)}>
                  {t('common.close')}
                </Button>
              }
            >
              <div className="grid min-w-0 grid-cols-1 gap-5 lg:grid-cols-2">
                <section aria-labelledby="sop-versions-heading" className="min-w-0">
                  <h3 id="sop-versions-heading" className="mb-2 font-semibold text-navy-900">
                    {t('catalogue.sop.versions')}
                  </h3>
                  <SopVersions categoryId={sopCategory.id} timeZone={timeZone} />
                </section>
                <section aria-labelledby="sop-new-heading" className="min-w-0">
                  <h3 id="sop-new-heading" className="mb-2 font-semibold text-navy-900">
                    {t('catalogue.sop.newTitle')}
                  </h3>
                  <SopVersionForm
                    key={sopCategory.id}
                    categoryId={sopCategory.id}
                    current={currentSop[sopCategory.id]}
                    timeZone={timeZone}
                  />
                </section>
              </div>
            </Card>
          </div>
        )}
        <SeveritiesCard severities={severities} />
        <Card title={t('catalogue.rules.title')}>
          <RulesEditor rules={rules} categories={categories} severities={severities} />
        </Card>
      </div>
    </>
  );
}
