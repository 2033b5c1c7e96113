/** Team work: files for colleagues, the merge report, conflicts, private annotations, authors. */
export const team = {
  exportForColleagues: 'Export for colleagues…',
  importFromColleague: 'Import from a colleague…',
  exported: 'Saved {{name}}. Send it to your colleagues; they choose “Import from a colleague…”.',
  reportTitle: 'What arrived from colleagues',
  reportDocument: 'Document: {{title}}',
  reportDocumentCreated: 'This document was not in your library; it has been added.',
  reportNothing: 'Nothing new: you already had everything in this file.',
  reportColleague: '{{name}}: {{new}} new, {{changed}} changed, {{deleted}} deleted, {{conflicts}}',
  conflictCount_one: '{{count}} conflict',
  conflictCount_other: '{{count}} conflicts',
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
  syncOff: 'No team server: share with colleagues by file.',
  syncedNow: 'Synced just now.',
  syncedAgo_one: 'Synced {{count}} min ago.',
  syncedAgo_other: 'Synced {{count}} min ago.',
  offlineWaiting_one: 'Offline, {{count}} change waiting.',
  offlineWaiting_other: 'Offline, {{count}} changes waiting.',
  waiting_one: '{{count}} change waiting.',
  waiting_other: '{{count}} changes waiting.',
  server: {
    title: 'Team server (CouchDB)',
    address: 'Server address (https://…)',
    database: 'Team database',
    user: 'User name',
    password: 'Password',
    saveAndSync: 'Connect and sync now',
  },
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
  'team.badAddress': 'This is not a server address. Type it as https://server.example.org (without user or password).',
  'team.insecureAddress':
    'The server address must start with https:// so that nobody on the way can read your texts (http:// only works on this computer).',
  'team.badDatabase':
    'A database name starts with a lower-case letter and has only lower-case letters, digits and _$()+-/. Ask your administrator for the exact name.',
  'team.wrongPassword': 'The server refused the user name or password. Check them in Settings › Team server.',
  'team.noDatabase': 'The server has no database by that name. Check the name, or ask your administrator to create it.',
  'team.certificate':
    'The server’s certificate could not be trusted (expired, self-signed or for another name). Nothing was sent; ask your administrator.',
  'team.unreachable': 'The server could not be reached. Your changes wait here and go as soon as it can be reached.',
  'team.noServer': 'No team server is set up. Add one in Settings › Team server, or exchange files with colleagues.',
}
