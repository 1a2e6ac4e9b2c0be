import { notFound } from '../../platform/http/errors.js';

export const unitNotFound = () => notFound('Unit', 'programmes.unit_not_found');
