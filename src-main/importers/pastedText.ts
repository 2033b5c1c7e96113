import { blocksFromPlainText } from '../common/text/plainTextBlocks'
import type { ImportedContent } from './importer'

const utf8 = new TextDecoder('utf-8')

/**
 * Text the user pasted, parsed like a file: in the import worker, so that a 50 MB paste costs that process's time
 * and not the app's. The text came from the clipboard as a string, so it is UTF-8 by construction.
 */
export function readPastedText(bytes: Uint8Array): ImportedContent {
  return { blocks: blocksFromPlainText(utf8.decode(bytes)), encoding: null, encodingChoices: [], warnings: [] }
}
