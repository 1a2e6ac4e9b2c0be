import type { User } from '@selaras/contracts';
import { Button, EmptyRow, Table, Td, Th } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';

type UsersTableProps = { users: User[]; selectedId?: string; onSelect: (user: User) => void };

export function UsersTable({ users, selectedId, onSelect }: UsersTableProps) {
  const { t } = useI18n();
  return (
    <Table caption={t('users.table.caption')} hideCaption>
      <thead>
        <tr>
          <Th>{t('users.table.name')}</Th>
          <Th>{t('users.table.nip')}</Th>
          <Th>{t('users.table.positions')}</Th>
          <Th>{t('users.table.status')}</Th>
          <Th>
            <span className="sr-only">{t('users.table.actions')}</span>
          </Th>
        </tr>
      </thead>
      <tbody>
        {users.length === 0 && <EmptyRow colSpan={5}>{t('users.table.empty')}</EmptyRow>}
        {users.map((user) => (
          <tr key={user.id} className={user.id === selectedId ? 'bg-teal-50' : 'hover:bg-slate-50'}>
            <Td className="min-w-48">
              <span className="font-medium">{user.name}</span>
              <span className="block text-xs break-all text-slate-500">{user.username}</span>
            </Td>
            <Td className="whitespace-nowrap tabular-nums">{user.nip ?? '–'}</Td>
            <Td className="min-w-56">
              <ul>
                {user.positions.map((position) => (
                  <li key={position.id}>
                    {position.title} <span className="text-slate-500">· {position.unitName}</span>
                  </li>
                ))}
              </ul>
            </Td>
            <Td className="whitespace-nowrap">
              {user.active ? (
                t('users.status.active')
              ) : (
                <span className="text-red-800">{t('users.status.inactive')}</span>
              )}
            </Td>
            <Td>
              <Button
                variant="secondary"
                size="sm"
                onClick={() => onSelect(user)}
                aria-label={t('users.table.manageNamed', { name: user.name })}
              >
                {t('users.table.manage')}
              </Button>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
