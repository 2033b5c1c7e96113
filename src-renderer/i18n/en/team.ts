/** Team work: files for colleagues, the merge report, conflicts, private annotations, authors. */
export const team = {
  exportForColleagues: 'Export for colleagues…',
  importFromColleague: 'Import from a colleague…',
  exported: 'Saved {{name}}. Send it to your colleagues; they choose “Import from a colleague…”.',
  reportTitle: 'What arrived from colleagues',
  reportDocument: 'Document: {{title}}',
  reportDocumentCreated: 'This document was not in your library; it has been added.',
  reportNothing: 'Nothing new: you already had everything in this file.',
  reportColleague: '{{name}}: {{new}} new, {{changed}} changed, {{deleted}} deleted, {{conflicts}} conflicts',
  unnamedColleague: 'A colleague without a name',
  close: 'Close',
  conflictTitle: 'Colleagues disagree: choose the version to keep',
  versionBy: 'Version by {{name}}',
  deletedBy: 'Deleted by {{name}}',
  shownNow: 'shown now',
  keepThis: 'Keep this one',
  private: 'Private: never leaves this computer',
  allAuthors: 'All authors',
  authorCount: '{{name}} ({{count}})',
  conflictsOnly: 'Conflicts ({{count}})',
}

/** Failures of team calls, by error code. */
export const teamErrors = {
  'team.notABundle':
    'This file is not a Marginalia file for colleagues (.marginalia). Nothing was imported; ask for the file made with “Export for colleagues…”.',
  'team.damagedBundle':
    'This .marginalia file is damaged ({{detail}}). Nothing was imported; ask your colleague to export it again.',
  'team.documentNotFound': 'This document is no longer in the library. Refresh the library.',
  'team.noConflict': 'This annotation has no conflict any more (it may have been settled). Reload the document.',
  'team.noSuchVersion': 'This version is no longer there (it may have been settled). Reload the document.',
}
