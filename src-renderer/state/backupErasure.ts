import { announce } from './annotationMessages'
import { eraseDeletedFromBackups } from './libraryStore'

/**
 * After deleting an annotation or a comment: remove what was deleted from the backups too (main replaces every
 * backup with one taken now), then say it is done.
 */
export async function eraseDeletedFromBackupsAndSay(): Promise<void> {
  await eraseDeletedFromBackups()
  announce('annotations.deleted.erasedFromBackups')
}
