import type { PayoutMethod, SalesChannel } from '@selaras/contracts';
import type { MessageKey } from '@/lib/i18n/messages';

export function channelLabel(channel: SalesChannel): MessageKey {
  return `sales.channel.${channel}`;
}

export function methodLabel(method: PayoutMethod): MessageKey {
  return `premi.method.${method}`;
}
