/** Every users query key starts here, so a write can refresh all lists at once. */
export const usersKey = ['users'] as const;
