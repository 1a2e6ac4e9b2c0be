import { z } from 'zod';
import { ORDER_REQUEST_STATUSES } from '@selaras/contracts';

export const OrdersSearchSchema = z.object({
  status: z.enum(ORDER_REQUEST_STATUSES).optional().catch(undefined),
});
export type OrdersSearch = z.infer<typeof OrdersSearchSchema>;
