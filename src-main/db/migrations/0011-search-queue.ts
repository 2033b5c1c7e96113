import type { Migration } from './migration'

/**
 * A long text is indexed for search after its import returns, not inside it. Indexing every paragraph of a 7 MB
 * text in the import's transaction took seconds; now a revision of more than 65,536 characters only gets a row in
 * `search_text_queue`, and main indexes it in short slices afterwards (services/searchTextIndexer.ts), resuming at
 * the next start if the app was closed meanwhile. `next_block` is the first block not yet indexed; `cleared` says
 * the text rows of the document's previous revision are gone (until then search hides them: they point at text the
 * reader no longer shows). A shorter revision is indexed in its own transaction as before (it costs a few
 * milliseconds and is searchable at once). The revision triggers of step 2 are replaced; the library's existing
 * index is complete, so nothing is queued here.
 */
const queuedAbove = 65536

/** Trigger body: index NEW's blocks at once (the document's previous text rows go first). */
const indexNewestRevisionText = `DELETE FROM search_text_queue WHERE document_id = NEW.document_id;
    DELETE FROM search_entries WHERE kind = 'text' AND document_id = NEW.document_id;
    INSERT INTO search_entries (kind, document_id, revision_id, block_index, start_offset, end_offset, paragraph_label, body)
      SELECT 'text', NEW.document_id, NEW.id, b.block_index, b.start_offset, b.end_offset, b.label, b.body
      FROM search_blocks(NEW.blocks) b WHERE b.body <> '';`

/** Trigger body: queue NEW for indexing after the write (replacing whatever of the document was queued). */
const queueNewestRevisionText = `DELETE FROM search_text_queue WHERE document_id = NEW.document_id;
    INSERT INTO search_text_queue (revision_id, document_id) VALUES (NEW.id, NEW.document_id);`

const isNewest = `NOT EXISTS (SELECT 1 FROM revisions r WHERE r.document_id = NEW.document_id AND r.number > NEW.number)`

export const searchQueueMigration: Migration = {
  version: 11,
  name: 'search-queue',
  up: [
    `DROP TRIGGER IF EXISTS search_revisions_ai`,
    `DROP TRIGGER IF EXISTS search_revisions_au`,
    `DROP TRIGGER IF EXISTS search_revisions_ad`,
    `CREATE TABLE IF NOT EXISTS search_text_queue (
    revision_id TEXT PRIMARY KEY REFERENCES revisions (id) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    next_block INTEGER NOT NULL DEFAULT 0,
    cleared INTEGER NOT NULL DEFAULT 0 CHECK (cleared IN (0, 1))
  ) STRICT`,
    `CREATE INDEX IF NOT EXISTS search_text_queue_by_document ON search_text_queue (document_id)`,
    `CREATE TRIGGER IF NOT EXISTS search_revisions_ai AFTER INSERT ON revisions
  WHEN ${isNewest} AND length(NEW.text) <= ${queuedAbove}
  BEGIN
    ${indexNewestRevisionText}
  END`,
    `CREATE TRIGGER IF NOT EXISTS search_revisions_queue_ai AFTER INSERT ON revisions
  WHEN ${isNewest} AND length(NEW.text) > ${queuedAbove}
  BEGIN
    ${queueNewestRevisionText}
  END`,
    `CREATE TRIGGER IF NOT EXISTS search_revisions_au AFTER UPDATE OF blocks ON revisions
  WHEN ${isNewest} AND length(NEW.text) <= ${queuedAbove}
  BEGIN
    ${indexNewestRevisionText}
  END`,
    `CREATE TRIGGER IF NOT EXISTS search_revisions_queue_au AFTER UPDATE OF blocks ON revisions
  WHEN ${isNewest} AND length(NEW.text) > ${queuedAbove}
  BEGIN
    ${queueNewestRevisionText}
  END`,
    // When the newest revision goes (undo of a draft), the one before becomes the searched text: a short one is
    // indexed at once, a long one (or any after a long one, whose rows are many) is queued. While the document itself
    // is being deleted nothing is queued.
    `CREATE TRIGGER IF NOT EXISTS search_revisions_ad AFTER DELETE ON revisions BEGIN
    DELETE FROM search_text_queue WHERE revision_id = OLD.id;
    DELETE FROM search_entries WHERE kind = 'text' AND revision_id = OLD.id AND length(OLD.text) <= ${queuedAbove};
    INSERT INTO search_entries (kind, document_id, revision_id, block_index, start_offset, end_offset, paragraph_label, body)
      SELECT 'text', r.document_id, r.id, b.block_index, b.start_offset, b.end_offset, b.label, b.body
      FROM revisions r, search_blocks(r.blocks) b
      WHERE r.document_id = OLD.document_id AND b.body <> '' AND length(OLD.text) <= ${queuedAbove}
        AND length(r.text) <= ${queuedAbove}
        AND r.number = (SELECT max(number) FROM revisions WHERE document_id = OLD.document_id)
        AND NOT EXISTS (SELECT 1 FROM search_entries s WHERE s.kind = 'text' AND s.revision_id = r.id);
    INSERT INTO search_text_queue (revision_id, document_id)
      SELECT r.id, r.document_id FROM revisions r
      WHERE r.document_id = OLD.document_id AND r.number < OLD.number
        AND (length(r.text) > ${queuedAbove} OR length(OLD.text) > ${queuedAbove})
        AND r.number = (SELECT max(number) FROM revisions WHERE document_id = OLD.document_id)
        AND EXISTS (SELECT 1 FROM documents d WHERE d.id = OLD.document_id)
      ON CONFLICT (revision_id) DO NOTHING;
  END`,
  ],
}
