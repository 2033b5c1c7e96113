import type { Connection } from '../db/connection'
import { foldText } from '../common/search/fold'
import { paragraphLabel } from '../common/search/paragraphLabel'
import { blockSeparator } from '../common/text/canonicalText'

/**
 * Register the SQL functions the search triggers call, on every connection (SQLite keeps functions per connection,
 * and the triggers on documents, revisions, annotations, comments and tags need them on each write):
 * - `search_fold(text)`: loosely folded text (no case, no Vietnamese marks, đ → d, ё → е), deterministic;
 * - `search_exact(text)`: lower-cased NFC text, for "match diacritics", deterministic;
 * - `search_blocks(text)`: a table of a canonical text's blocks (index, UTF-16 start and end, paragraph label,
 *   text), so each paragraph is indexed on its own and results can point at it.
 * They never throw on odd input: a write elsewhere in the app must not fail because of search.
 */
export function registerSearchFunctions(db: Connection): void {
  db.function('search_fold', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? foldText(text) : '',
  )
  db.function('search_exact', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? foldText(text, 'exact') : '',
  )
  db.table('search_blocks', {
    columns: ['block_index', 'start_offset', 'end_offset', 'label', 'body'],
    parameters: ['text'],
    *rows(text: unknown) {
      if (typeof text !== 'string') return
      let start = 0
      let index = 0
      for (const body of text.split(blockSeparator)) {
        yield {
          block_index: index,
          start_offset: start,
          end_offset: start + body.length,
          label: paragraphLabel(body),
          body,
        }
        start += body.length + blockSeparator.length
        index++
      }
    },
  })
}
