import { getRouteApi } from '@tanstack/react-router';
import { Alert, Button, Card, PageHeader, Pagination, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { hasPermission, useMe } from '@/lib/me';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useUserList } from '../api/list-users';
import { CreateUserForm } from '../components/create-user-form';
import { UserEditor } from '../components/user-editor';
import { UserSearchForm } from '../components/user-search-form';
import { UsersTable } from '../components/users-table';
import { USERS_PAGE_SIZE, type UsersSearch } from './users-search';

const routeApi = getRouteApi('/app/users');

export function UsersPage() {
  const { t } = useI18n();
  const me = useMe();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  useDocumentTitle(t('nav.users'));
  const offset = search.offset ?? 0;
  const users = useUserList({ q: search.q, limit: USERS_PAGE_SIZE, offset });
  const canManage = hasPermission(me, 'users:manage');
  const selected = users.data?.items.find((user) => user.id === search.user);

  function update(next: Partial<UsersSearch>) {
    void navigate({ search: (previous) => ({ ...previous, ...next }) });
  }

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.description')}
        actions={
          canManage && (
            <Button
              variant={search.create ? 'secondary' : 'primary'}
              onClick={() => update({ create: search.create ? undefined : true })}
            >
              {search.create ? t('users.create.hide') : t('users.create.show')}
            </Button>
          )
        }
      />
      <div className="flex flex-col gap-5">
        {canManage && search.create && (
          <Card title={t('users.create.title')}>
            <CreateUserForm
              onCreated={(user) => update({ create: undefined, user: user.id, q: user.username, offset: undefined })}
            />
          </Card>
        )}
        <Card title={t('users.table.title')}>
          <UserSearchForm q={search.q} onSearch={(q) => update({ q, offset: undefined, user: undefined })} />
          <div className="mt-4" aria-busy={users.isFetching}>
            {users.isPending && <Spinner />}
            {users.isError && <Alert tone="error">{describeError(users.error, t)}</Alert>}
            {users.data && (
              <>
                <UsersTable
                  users={users.data.items}
                  selectedId={search.user}
                  onSelect={(user) => update({ user: user.id })}
                />
                <Pagination
                  total={users.data.total}
                  limit={USERS_PAGE_SIZE}
                  offset={offset}
                  onChange={(next) => update({ offset: next })}
                />
              </>
            )}
          </div>
        </Card>
        {canManage && selected && (
          <UserEditor key={selected.id} user={selected} onClose={() => update({ user: undefined })} />
        )}
      </div>
    </>
  );
}
