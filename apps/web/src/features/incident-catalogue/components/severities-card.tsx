import { useState } from 'react';
import type { Severity } from '@selaras/contracts';
import { Button, Card, Table, Td, Th } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import { ActionsHeader, ActiveCell, NameCell, rowTone } from './catalogue-cells';
import { SeverityForm } from './severity-form';

/** The severity levels, worst last; escalation rules apply from a level's rank. */
export function SeveritiesCard({ severities }: { severities: readonly Severity[] }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<Severity | 'new' | null>(null);
  return (
    <Card
      title={t('catalogue.severities.title')}
      actions={
        editing === null && (
          <Button size="sm" variant="secondary" onClick={() => setEditing('new')}>
            {t('catalogue.severity.add')}
          </Button>
        )
      }
    >
      <Table caption={t('catalogue.severities.title')} hideCaption>
        <thead>
          <tr>
            <Th>{t('catalogue.severity.rank')}</Th>
            <Th>{t('catalogue.severity.name')}</Th>
            <Th>{t('catalogue.category.status')}</Th>
            <ActionsHeader />
          </tr>
        </thead>
        <tbody>
          {severities.map((severity) => (
            <tr key={severity.code} className={rowTone(severity)}>
              <Td>{severity.rank}</Td>
              <NameCell entry={severity} />
              <ActiveCell entry={severity} />
              <Td>
                <Button
                  size="sm"
                  variant="secondary"
                  onClick={() => setEditing(severity)}
                  aria-label={t('catalogue.severity.editNamed', { name: severity.name })}
                >
                  {t('catalogue.category.edit')}
                </Button>
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {editing !== null && (
        <SeverityForm
          key={editing === 'new' ? 'new' : editing.code}
          severity={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      )}
    </Card>
  );
}
