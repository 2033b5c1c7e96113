import { importFormatNames } from '@common/model/importFormats'
/** The library pane: the list of documents and what can be done with each. */
export const library = {
  listLabel_one: '{{count}} document',
  listLabel_other: '{{count}} documents',
  filter: {
    label: 'Filter by title',
    placeholder: 'Filter by title',
    none: 'No title contains “{{filter}}”.',
  },
  sort: {
    label: 'Sort by',
    ascending: 'Ascending order (click for descending)',
    descending: 'Descending order (click for ascending)',
    keys: {
      title: 'Title',
      format: 'Format',
      language: 'Language',
      size: 'Size',
      annotations: 'Annotations',
      lastOpened: 'Last opened',
    },
  },
  formats: {
    ...importFormatNames('en'),
    paste: 'Pasted text',
    welcome: 'Welcome',
  },
  languages: {
    vi: 'Vietnamese',
    ru: 'Russian',
    en: 'English',
    und: 'Unknown language',
  },
  annotationCount_one: '{{count}} annotation',
  annotationCount_other: '{{count}} annotations',
  lastOpened: 'opened {{when}}',
  neverOpened: 'never opened',
  actions: {
    edit: 'Edit',
    editNamed: 'Edit details of {{title}}',
    delete: 'Delete',
    deleteNamed: 'Delete {{title}}',
  },
  edit: {
    title: 'Document details',
    titleField: 'Title',
    languageField: 'Language of the text',
    source: 'Imported from {{name}}.',
    titleRequired: 'A document needs a title.',
    save: 'Save',
  },
  delete: {
    title: 'Delete document',
    question: 'Delete “{{title}}”?',
    annotations_one: 'Its {{count}} annotation goes with it.',
    annotations_other: 'Its {{count}} annotations go with it.',
    undoHint: 'You can undo this right after.',
    backupsNote: 'Backups taken before now still hold this document.',
    fromBackups: 'Also remove it from the backups (replaces them with one taken now; this cannot be undone)',
    confirm: 'Delete',
  },
  undo: {
    deleted: '“{{title}}” was deleted.',
    undo: 'Undo',
    dismiss: 'Dismiss',
  },
  cancel: 'Cancel',
  welcome: {
    title: 'Welcome to Marginalia',
    hint: 'Your library is empty. A short bilingual welcome document shows how to read, highlight and comment. You can also import your own documents (Ctrl+O) or drop files on the window.',
    open: 'Open the welcome document',
  },
}
