import { useState } from 'react';
import type { Incident } from '@selaras/contracts';
import { Alert, Button, Card, EmptyRow, Spinner, Table, Td, Th } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { usePersons } from '../api/list-persons';
import { PERSON_ROLE_LABEL } from './labels';
import { PersonForm } from './person-form';

function PersonNames({ incidentId }: { incidentId: string }) {
  const { t } = useI18n();
  const persons = usePersons(incidentId, true);
  if (persons.isPending) return <Spinner />;
  if (persons.isError) return <Alert tone="error">{describeError(persons.error, t)}</Alert>;
  return (
    <Table caption={t('incidents.persons.caption')}>
      <thead>
        <tr>
          <Th>{t('incidents.persons.name')}</Th>
          <Th>{t('incidents.persons.role')}</Th>
          <Th>{t('incidents.persons.registrationNumber')}</Th>
          <Th>{t('incidents.persons.status')}</Th>
          <Th>{t('incidents.persons.note')}</Th>
        </tr>
      </thead>
      <tbody>
        {persons.data.items.length === 0 && <EmptyRow colSpan={5}>{t('incidents.persons.none')}</EmptyRow>}
        {persons.data.items.map((person) => (
          <tr key={person.id}>
            <Td className="font-medium">{person.name}</Td>
            <Td>{t(PERSON_ROLE_LABEL[person.role])}</Td>
            <Td>{person.registrationNumber ?? '–'}</Td>
            <Td>{person.status ?? '–'}</Td>
            <Td>{person.note ?? '–'}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** Counts are for everyone; names only on request, and every time they are shown it is audited. */
export function PersonsSection({ incident }: { incident: Incident }) {
  const { t, lang } = useI18n();
  const [showNames, setShowNames] = useState(false);
  const { inmates, officers, others } = incident.involved;
  return (
    <Card title={t('incidents.persons.title')}>
      <p className="text-sm text-slate-700">
        {t('incidents.persons.counts', {
          inmates: formatNumber(inmates, lang, 0),
          officers: formatNumber(officers, lang, 0),
          others: formatNumber(others, lang, 0),
        })}
      </p>
      <Alert tone="warning" className="my-3">
        {t('incidents.persons.auditNotice')}
      </Alert>
      {showNames ? (
        <PersonNames incidentId={incident.id} />
      ) : (
        <Button variant="secondary" onClick={() => setShowNames(true)}>
          {t('incidents.persons.show')}
        </Button>
      )}
      {incident.abilities.addPersons && (
        <div className="mt-4 border-t border-slate-200 pt-4">
          <PersonForm incidentId={incident.id} />
        </div>
      )}
    </Card>
  );
}
