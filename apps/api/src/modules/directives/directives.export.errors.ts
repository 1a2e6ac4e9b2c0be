import { invalid } from '../../platform/http/errors.js';

export { directiveNotFound } from './directives.errors.js';

export const exportTooLarge = (total: number, max: number) =>
  invalid(
    'directives.export_too_large',
    `Ada ${total} penugasan sesuai filter; satu ekspor memuat paling banyak ${max}. Persempit filter, misalnya per arahan atau per status.`,
  );
