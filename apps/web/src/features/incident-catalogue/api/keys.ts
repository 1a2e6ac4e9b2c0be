/** Every catalogue query key starts here, so a change can refresh the whole catalogue at once. */
export const catalogueKey = ['incident-catalogue'] as const;
