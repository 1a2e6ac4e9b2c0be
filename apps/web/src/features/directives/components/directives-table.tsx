import { Link } from '@tanstack/react-router';
import type { Directive, TimeZone } from '@selaras/contracts';
import { EmptyRow, Table, Td, Th } from '@/components/ui';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { Badge } from './status-badge';

type DirectivesTableProps = { directives: Directive[]; timeZone: TimeZone };

export function DirectivesTable({ directives, timeZone }: DirectivesTableProps) {
  const { t, lang } = useI18n();
  return (
    <Table caption={t('directives.table.caption')} hideCaption>
      <thead>
        <tr>
          <Th>{t('directives.table.title')}</Th>
          <Th>{t('directives.table.reference')}</Th>
          <Th>{t('directives.table.status')}</Th>
          <Th>{t('directives.table.issuedAt')}</Th>
          <Th className="text-right">{t('directives.table.units')}</Th>
        </tr>
      </thead>
      <tbody>
        {directives.length === 0 && <EmptyRow colSpan={5}>{t('directives.table.empty')}</EmptyRow>}
        {directives.map((directive) => (
          <tr key={directive.id} className="hover:bg-slate-50">
            <Td className="min-w-56">
              <Link
                to="/directives/$directiveId"
                params={{ directiveId: directive.id }}
                className="font-medium text-navy-800 underline-offset-4 hover:underline"
              >
                {directive.title}
              </Link>
              <span className="block text-xs text-slate-600">{t(`directiveSource.${directive.source}`)}</span>
            </Td>
            <Td className="min-w-32">{directive.reference ?? '–'}</Td>
            <Td>
              <Badge tone={directive.status === 'issued' ? 'teal' : 'slate'}>
                {t(`directiveStatus.${directive.status}`)}
              </Badge>
            </Td>
            <Td className="min-w-40">
              {directive.issuedAt ? formatDateTime(directive.issuedAt, timeZone, lang) : '–'}
            </Td>
            <Td className="text-right tabular-nums">
              {directive.status === 'issued' ? formatNumber(directive.followUpCount, lang) : '–'}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
