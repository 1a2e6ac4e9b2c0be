import type { User } from '@selaras/contracts';
import { Alert, Button, Card, CheckboxField } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useRemovePosition } from '../api/remove-position';
import { useUpdateUser } from '../api/update-user';
import { AddPositionForm } from './add-position-form';

type UserEditorProps = { user: User; onClose: () => void };

export function UserEditor({ user, onClose }: UserEditorProps) {
  const { t } = useI18n();
  const updateUser = useUpdateUser();
  const removePosition = useRemovePosition();
  const failure = updateUser.error ?? removePosition.error;
  // Show the requested state while the change is on its way.
  const active = updateUser.isPending ? (updateUser.variables.body.active ?? user.active) : user.active;

  return (
    <Card
      title={t('users.editor.title', { name: user.name })}
      actions={
        <Button variant="ghost" size="sm" onClick={onClose}>
          {t('common.close')}
        </Button>
      }
    >
      <div className="flex flex-col gap-5">
        {failure && <Alert tone="error">{describeError(failure, t)}</Alert>}
        <CheckboxField
          label={t('users.editor.active')}
          hint={t('users.editor.activeHint')}
          checked={active}
          disabled={updateUser.isPending}
          onChange={(event) => updateUser.mutate({ userId: user.id, body: { active: event.target.checked } })}
        />
        <div>
          <h3 className="mb-2 font-semibold text-navy-900">{t('users.positions.title')}</h3>
          <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
            {user.positions.map((position) => (
              <li key={position.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
                <div className="min-w-0">
                  <p className="font-medium">{position.title}</p>
                  <p className="text-sm text-slate-600">
                    {t(`role.${position.role}`)} · {position.unitName}
                  </p>
                </div>
                <Button
                  variant="danger"
                  size="sm"
                  disabled={user.positions.length < 2}
                  busy={removePosition.isPending && removePosition.variables.positionId === position.id}
                  onClick={() => removePosition.mutate({ userId: user.id, positionId: position.id })}
                  aria-label={t('users.positions.removeNamed', { title: position.title })}
                >
                  {t('users.positions.remove')}
                </Button>
              </li>
            ))}
          </ul>
          {user.positions.length < 2 && <p className="mt-1 text-sm text-slate-600">{t('users.positions.lastHint')}</p>}
        </div>
        <AddPositionForm userId={user.id} />
      </div>
    </Card>
  );
}
