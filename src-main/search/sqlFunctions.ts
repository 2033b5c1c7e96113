import type { Database } from 'better-sqlite3'
import { foldText } from '../common/search/fold'
import { blockEntries, parseStoredBlocks } from './blockEntries'

/**
 * Register the SQL functions the search triggers call, on every connection (SQLite keeps functions per connection,
 * and the triggers on documents, revisions, annotations, comments and tags need them on each write):
 * - `search_fold(text)`: loosely folded text (no case, no Vietnamese marks, đ → d, ё → е), deterministic;
 * - `search_exact(text)`: lower-cased NFC text, for "match diacritics", deterministic;
 * - `search_blocks(blocks)`: a table of a revision's blocks (from its `blocks` JSON: index, UTF-16 start and end in
 *   the canonical text, citable paragraph label as annotations compute it, text), so each paragraph is indexed on
 *   its own and results can point at it and cite it.
 * They never throw on odd input: a write elsewhere in the app must not fail because of search.
 */
export function registerSearchFunctions(db: Database): void {
  db.function('search_fold', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? foldText(text) : '',
  )
  db.function('search_exact', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? foldText(text, 'exact') : '',
  )
  db.table('search_blocks', {
    columns: ['block_index', 'start_offset', 'end_offset', 'label', 'body'],
    parameters: ['blocks'],
    *rows(json: unknown) {
      for (const entry of blockEntries(parseStoredBlocks(json))) {
        yield {
          block_index: entry.blockIndex,
          start_offset: entry.start,
          end_offset: entry.end,
          label: entry.label,
          body: entry.body,
        }
      }
    },
  })
}
