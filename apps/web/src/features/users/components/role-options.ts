import { ROLES } from '@selaras/contracts';
import type { SelectOption } from '@/components/ui';
import type { Translate } from '@/lib/i18n/i18n';

export function roleOptions(t: Translate): SelectOption[] {
  return ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }));
}
