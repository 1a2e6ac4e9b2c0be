/** Every directive query key starts here: one invalidation refreshes lists, pages and roll-ups. */
export const directivesKey = ['directives'] as const;

/** Assignments, their reports included, share this root. */
export const assignmentsKey = ['assignments'] as const;

export function directiveKey(directiveId: string) {
  return [...directivesKey, 'detail', directiveId] as const;
}

export function assignmentKey(assignmentId: string) {
  return [...assignmentsKey, 'detail', assignmentId] as const;
}
