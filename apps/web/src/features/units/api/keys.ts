/** Every units query key starts here, so one invalidation refreshes the whole directory. */
export const unitsKey = ['units'] as const;
