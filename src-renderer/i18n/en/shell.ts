/** The window frame: panes, header, empty states, notices. */
export const shell = {
  appName: 'Marginalia',
  panes: {
    library: 'Library',
    reader: 'Reader',
    annotations: 'Annotations',
  },
  empty: {
    libraryTitle: 'Your library is empty',
    libraryHint: 'Import a document (Ctrl+O) or drop files here. Text, Markdown, HTML, Word and PDF files are welcome.',
    readerTitle: 'No document open',
    readerHint: 'Choose a document in the library to read it here.',
    annotationsTitle: 'No annotations yet',
    annotationsHint: 'Select text in the document to highlight, tag or comment on it.',
  },
  actions: {
    openSettings: 'Settings',
    dismiss: 'Dismiss',
  },
  notices: {
    'db.restoredFromBackup':
      'Your library was damaged and has been restored from the backup of {{backupDate}}. The damaged file was kept at {{damagedPath}}.',
    'db.damagedNoBackup':
      'Your library was damaged and no backup could be found, so a new empty library was started. The damaged file was kept at {{damagedPath}}.',
    'db.writesLost':
      'Saved changes are missing from your library (changes missing: {{lost}}): its write-ahead log was damaged or removed since the app last ran. Everything the files still held is in your library; a copy of them as they were found is kept at {{damagedPath}}.',
    'db.replayedFromSetAside':
      'Changes the damaged file still held were recovered from it (changes recovered: {{recovered}}). The damaged file is kept at {{damagedPath}}.',
    'backup.cannotWrite':
      'The backup could not be written to {{directory}}. Your library is safe, but it is not being backed up: check that the disk is not full or read-only.',
    'backup.verifyFailed':
      'The newest backup failed its check after it was written, so it was deleted; the earlier backups in {{directory}} were kept.',
    'backup.libraryDamaged':
      'The library failed its integrity check, so it was not backed up; the earlier backups in {{directory}} were kept. Restart the app to restore the newest good one.',
    'search.indexRebuilt':
      'The search index was missing or damaged and has been rebuilt from your documents and annotations. Nothing of yours was lost.',
  },
}
