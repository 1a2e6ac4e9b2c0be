// Recurring windows and amendments of directives.
export const directiveChangesId = {
  'auditAction.directives.draft_updated': 'Draf arahan diubah',
  'auditAction.directives.amended': 'Arahan diubah (versi baru)',
};

export const directiveChangesEn: Record<keyof typeof directiveChangesId, string> = {
  'auditAction.directives.draft_updated': 'Directive draft edited',
  'auditAction.directives.amended': 'Directive amended (new version)',
};
