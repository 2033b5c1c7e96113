/** The reader: the open document and its tools. */
export const reader = {
  opening: 'Opening the document…',
  openFailed: 'The document could not be opened',
  textRegion: 'Text of {{title}}',
  outline: {
    title: 'Outline',
    toggle: 'Outline',
    empty: 'This document has no headings.',
  },
  find: {
    open: 'Find',
    region: 'Find in document',
    label: 'Find in document',
    placeholder: 'Find (accents optional)',
    position: '{{current}} of {{count}}',
    noMatches: 'No matches',
    waiting: 'Reading the whole text…',
    next: 'Next',
    previous: 'Previous',
    close: 'Close find',
    matchDiacritics: 'Match diacritics',
  },
  caret: {
    toggle: 'Keyboard selection (F7)',
    description:
      'Press F7 to select text with the keyboard: arrows move, Shift+arrows select, Ctrl+Shift+arrows by word, Ctrl+Shift+↓ by paragraph; then 1–6 highlights.',
    on: 'Keyboard selection on: Shift+arrows select, Ctrl+Shift+arrows by word, Ctrl+Shift+↓ by paragraph; then 1–6 highlights, Ctrl+Alt+M comments. F7 turns it off.',
    off: 'Keyboard selection off.',
  },
  zoom: {
    smaller: 'Smaller text',
    larger: 'Larger text',
    reset: 'Text size {{percent}}%, reset to 100%',
  },
}
