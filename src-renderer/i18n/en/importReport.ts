/**
 * Lines of the import report (`ImportWarning.code` from documents.previewImport / documents.import), by code:
 * show with t(`importReport.${warning.code}`, warning.params).
 */
export const importReport = {
  'import.imagesDropped_one': 'One image was left out: Marginalia imports the text only.',
  'import.imagesDropped_other': '{{count}} images were left out: Marginalia imports the text only.',
  'import.activeContentRemoved':
    'Scripts, event handlers or links that run code were removed. The text is unchanged and nothing in it can run.',
  'import.externalContentIgnored_one':
    'One linked file outside the document (an image or template) was ignored; nothing was fetched.',
  'import.externalContentIgnored_other':
    '{{count}} linked files outside the document (images or templates) were ignored; nothing was fetched.',
}
