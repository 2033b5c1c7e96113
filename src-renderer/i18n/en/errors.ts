/** What the user reads when a call fails, by error code. Each says what happened and what to do. */
export const errors = {
  internal: 'Something went wrong inside the app. Your data was not changed. Please try again.',
  'api.unreachable':
    'The app could not be reached. If you use it in a browser, check that `npm run serve` is still running.',
  'api.unknownChannel': 'The app asked for something it does not know ({{channel}}). Please reload the window.',
  'api.invalidArguments': 'The app sent invalid data ({{detail}}). Nothing was changed.',
  'api.untrustedSender': 'A request from outside the app was refused.',
  'host.badToken': 'This page is not authorised. Open the address that `npm run serve` printed.',
  'host.badHost': 'The request was refused because it did not come from this app.',
  'host.badOrigin': 'The request was refused because it did not come from this app.',
  'host.tooLarge': 'The file is too large to send.',
  'db.tooNew':
    'This library was written by a newer version of Marginalia. Update Marginalia to open it; the file was not changed.',
  'db.notOurs': 'This file is not a Marginalia library. It was not changed.',
  'annotations.notFound':
    'This annotation no longer exists (it may have been deleted in another window). Reload the document.',
  'annotations.exists': 'This annotation already exists, so it was not added again.',
  'annotations.documentMissing': 'This document is no longer in the library. Choose another document.',
  'annotations.outsideText': 'The selection is outside the document text. Select the passage again.',
  'annotations.emptySelection': 'The selection has no text to annotate. Select some words and try again.',
  'comments.notFound': 'This comment no longer exists (it may have been deleted). Reload the document.',
  'tags.notFound': 'This tag no longer exists. The tag list has been refreshed.',
  'tags.emptyName': 'A tag needs a name. Type at least one letter.',
  'tags.nameTaken': 'A tag named “{{name}}” already exists. Use Merge to combine the two tags.',
}
