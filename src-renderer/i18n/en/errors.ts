import { studyErrors } from './study'
import { teamErrors } from './team'
/** What the user reads when a call fails, by error code. Each says what happened and what to do. */
export const errors = {
  internal: 'Something went wrong inside the app. Your data was not changed. Please try again.',
  'api.unreachable':
    'The app could not be reached. If you use it in a browser, check that `npm run serve` is still running.',
  'annotations.notSaved':
    'The highlight was not saved: the app cannot be reached. It stays on the page and is saved as soon as the app is back.',
  'api.unknownChannel': 'The app asked for something it does not know ({{channel}}). Please reload the window.',
  'api.invalidArguments': 'The app sent invalid data ({{detail}}). Nothing was changed.',
  'api.untrustedSender': 'A request from outside the app was refused.',
  'host.badToken': 'This page is not authorised. Open the address that `npm run serve` printed.',
  'host.badHost': 'The request was refused because it did not come from this app.',
  'host.badOrigin': 'The request was refused because it did not come from this app.',
  'host.badChannel': 'The request named a call the app cannot read. Please reload the window.',
  'host.tooLarge': 'The file is too large to send.',
  'db.tooNew':
    'This library was written by a newer version of Marginalia. Update Marginalia to open it; the file was not changed.',
  'db.notOurs': 'This file is not a Marginalia library. It was not changed.',
  'backup.cannotWrite':
    'A backup could not be written to {{directory}}. Your library is unchanged; check that the disk is not full or read-only.',
  'backup.verifyFailed':
    'A backup was written to {{directory}} but failed its check, so it was deleted. The earlier backups were kept.',
  'backup.libraryDamaged':
    'The library fails its integrity check, so it was not backed up. The earlier backups were kept; restart the app to restore the newest good one.',
  'annotations.notFound':
    'This annotation no longer exists (it may have been deleted in another window). Reload the document.',
  'annotations.exists': 'This annotation already exists, so it was not added again.',
  'annotations.documentMissing': 'This document is no longer in the library. Choose another document.',
  'annotations.outsideText': 'The selection is outside the document text. Select the passage again.',
  'annotations.emptySelection': 'The selection has no text to annotate. Select some words and try again.',
  'annotations.notHere': 'This could not be restored: it refers to another document or thread. Nothing was changed.',
  'annotations.quoteTooLong':
    'The passage is longer than {{limit}} characters, the most one annotation can hold. Select a shorter passage, or annotate it in parts.',
  'comments.notFound': 'This comment no longer exists (it may have been deleted). Reload the document.',
  'tags.notFound': 'This tag no longer exists. The tag list has been refreshed.',
  'tags.emptyName': 'A tag needs a name. Type at least one letter.',
  'tags.nameTaken': 'A tag named “{{name}}” already exists. Use Merge to combine the two tags.',
  'export.cannotWrite':
    'The file could not be written to {{path}} ({{reason}}). Choose another folder, or check that the disk is not full or read-only.',
  'export.documentNotFound':
    'This document is no longer in the library, so it cannot be exported. Refresh the library.',
  'export.nothingTagged': 'No passage is tagged "{{tag}}". Check the tag name, or export a document instead.',
  'exchange.invalidFile':
    'The file is not a W3C Web Annotation file (JSON with annotations). Nothing was imported; choose a .json or .jsonld annotation file.',
  'exchange.quoteTooLong':
    'The file quotes a passage longer than {{limit}} characters, the most one annotation can hold. Nothing was imported.',
  'exchange.documentNotFound': 'This document is no longer in the library, so nothing could be imported into it.',
  'documents.notFound': 'This document is no longer in the library. It may have been deleted; refresh the library.',
  'documents.emptyTitle': 'A document needs a title. Type at least one letter.',
  'import.empty': 'The file is empty: there is no text to import. Check that you chose the right file.',
  'import.noText': 'The file contains no text to import. Check that you chose the right file.',
  'import.tooLarge':
    'The file is {{sizeMb}} MB; files up to {{limitMb}} MB can be imported. Split it into smaller files.',
  'import.unsupportedType': "Files of type '.{{extension}}' cannot be imported. Use {{supported}}.",
  'import.binary':
    'The file does not contain readable text: it looks like a binary file or an unknown encoding. Save it as text (UTF-8) and try again.',
  'import.unknownEncoding': "The encoding '{{encoding}}' is not one Marginalia can read. Choose another encoding.",
  'import.encrypted':
    'The {{format}} file is password-protected or encrypted. Save an unprotected copy and import that.',
  'import.corrupt':
    'The {{format}} file is damaged or is not really a {{format}} file. Open it in its own program and save it again.',
  'import.zipBomb':
    'The {{format}} file would expand to an unreasonable size when unpacked, so it was not opened. It may be damaged or hostile.',
  'import.drm':
    'This EPUB book is protected by DRM (copy protection), so its text cannot be read. Import a copy without DRM, such as one the publisher or library provides for study.',
  'import.noTextLayer':
    'This PDF has no text layer (it is probably a scan), so there is no text to import. Run it through text recognition (OCR) first.',
  'import.tooDemanding':
    'Reading this file took too much time or memory, so it was stopped. The library is unchanged. The file may be damaged.',
  'import.duplicate': "The same text is already in the library as '{{title}}'. Confirm that you want a second copy.",
  'import.previewGone':
    'The previewed file is no longer ready to import (another file was previewed meanwhile). Choose the file again.',
  'search.tagNotFound': 'This tag no longer exists. It may have been renamed or removed; choose another tag.',
  'drafts.sameAsNewest':
    'This file has the same text as draft {{draft}}, the newest draft of this document. No new draft was created.',
  'drafts.documentDeleted':
    'This document is in the trash. Restore it first, then import the new draft again. Nothing was changed.',
  'drafts.documentMissing': 'This document is no longer in the library. Choose another document. Nothing was changed.',
  'drafts.noSuchDraft': 'This document has no draft {{draft}}. The list of drafts has been refreshed.',
  'drafts.noReport': 'Draft {{draft}} was the first draft, so there is no import report for it.',
  'drafts.nothingToUndo': 'This document has only one draft, so there is no draft import to undo. Nothing was changed.',
  ...studyErrors,
  ...teamErrors,
}
