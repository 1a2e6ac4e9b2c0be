import { Link } from '@tanstack/react-router';
import type { Inmate } from '@selaras/contracts';
import { Button, EmptyRow, Table, Td, Th } from '@/components/ui';
import { formatDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { CATEGORY_LABEL, STATUS_LABEL } from './labels';

type InmatesTableProps = {
  inmates: readonly Inmate[];
  namesShown: boolean;
  showUnit: boolean;
  onEdit: (inmate: Inmate) => void;
};

/** The register: pseudonym first; the name column appears only while names are shown. */
export function InmatesTable({ inmates, namesShown, showUnit, onEdit }: InmatesTableProps) {
  const { t, lang } = useI18n();
  const columns = 8 + (namesShown ? 1 : 0) + (showUnit ? 1 : 0);
  return (
    <Table caption={t('inmates.heading')} hideCaption>
      <thead>
        <tr>
          <Th>{t('inmates.col.pseudonym')}</Th>
          {namesShown && <Th>{t('inmates.col.name')}</Th>}
          <Th>{t('inmates.col.registrationNumber')}</Th>
          {showUnit && <Th>{t('inmates.col.unit')}</Th>}
          <Th>{t('inmates.col.sex')}</Th>
          <Th>{t('inmates.col.birthYear')}</Th>
          <Th>{t('inmates.col.category')}</Th>
          <Th>{t('inmates.col.status')}</Th>
          <Th>{t('inmates.col.entryDate')}</Th>
          <Th>
            <span className="sr-only">{t('inmates.col.actions')}</span>
          </Th>
        </tr>
      </thead>
      <tbody>
        {inmates.length === 0 && <EmptyRow colSpan={columns}>{t('inmates.empty')}</EmptyRow>}
        {inmates.map((inmate) => (
          <tr key={inmate.id} data-pseudonym={inmate.pseudonym}>
            <Td className="font-mono whitespace-nowrap">
              <Link to="/pembinaan/warga-binaan/$inmateId" params={{ inmateId: inmate.id }} className="text-navy-800 underline">
                {inmate.pseudonym}
              </Link>
            </Td>
            {namesShown && <Td>{inmate.name}</Td>}
            <Td className="whitespace-nowrap">{inmate.registrationNumber}</Td>
            {showUnit && <Td>{inmate.unitName}</Td>}
            <Td>{inmate.sex}</Td>
            <Td>{inmate.birthYear}</Td>
            <Td>{t(CATEGORY_LABEL[inmate.category])}</Td>
            <Td>
              {t(STATUS_LABEL[inmate.status])}
              {inmate.exitDate && <span className="block text-xs text-slate-600">{formatDate(inmate.exitDate, lang)}</span>}
            </Td>
            <Td className="whitespace-nowrap">{formatDate(inmate.entryDate, lang)}</Td>
            <Td>
              {inmate.abilities.edit && (
                <Button variant="secondary" size="sm" onClick={() => onEdit(inmate)} aria-label={t('inmates.editOf', { pseudonym: inmate.pseudonym })}>
                  {t('inmates.edit')}
                </Button>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
