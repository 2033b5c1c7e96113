import type { Database } from 'better-sqlite3'
import { foldText } from '../common/search/fold'
import { paragraphLabelAt } from '../common/anchoring/paragraphLabel'
import type { Block } from '../common/model/document'
import { blockStartOffsets } from '../common/text/canonicalText'

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
      const blocks = parseBlocks(json)
      const starts = blockStartOffsets(blocks)
      for (const [index, block] of blocks.entries()) {
        const start = starts[index] ?? 0
        yield {
          block_index: index,
          start_offset: start,
          end_offset: start + block.text.length,
          label: paragraphLabelAt(blocks, starts, start),
          body: block.text,
        }
      }
    },
  })
}

function parseBlocks(json: unknown): Block[] {
  if (typeof json !== 'string') return []
  try {
    const parsed: unknown = JSON.parse(json)
    if (!Array.isArray(parsed)) return []
    return parsed.filter(
      (block): block is Block =>
        typeof (block as Block | null)?.text === 'string' && !(block as Block).text.includes('\n'),
    )
  } catch {
    return []
  }
}
