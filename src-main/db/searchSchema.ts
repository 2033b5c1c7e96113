import type { Connection } from './connection'

/**
 * The current search schema, which the rebuild and any future migration that changes search use. (Migration 0002
 * keeps the text it shipped with and never changes; this module is where search evolves. The index is derived data,
 * so a migration that changes it drops and recreates it with `recreateSearchSchema`.)
 *
 * `search_entries` holds one row per searchable thing with what a result needs (kind, document, block, offsets,
 * paragraph label, original text). `search_index` is a contentless FTS5 table over two folded forms of that text
 * (`folded`: loose; `exact`: keeps diacritics). Triggers keep both in step with the base tables inside the writer's
 * own transaction, so no service has to remember search; only the text of a long revision is indexed after the write,
 * from `search_text_queue` (migration 0011). Prefix
 * indexes for 2 and 3 characters make `năng lư*` one lookup instead of a merge of every word starting "lu". The
 * folding and block splitting are SQL functions registered on every connection (src-main/search/sqlFunctions.ts).
 */

/**
 * A revision with more characters than this is indexed after its write, in slices (services/searchTextIndexer.ts);
 * a shorter one inside the write's own transaction, where it costs a few milliseconds and is searchable at once.
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

/** Create every search table, index and trigger (each only when missing). */
export const searchSchemaStatements: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS search_entries (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('title', 'text', 'annotation', 'comment', 'tag')),
    document_id TEXT NOT NULL,
    revision_id TEXT,
    block_index INTEGER,
    annotation_id TEXT,
    comment_id TEXT,
    tag_id TEXT,
    start_offset INTEGER NOT NULL DEFAULT 0,
    end_offset INTEGER NOT NULL DEFAULT 0,
    paragraph_label TEXT,
    body TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX IF NOT EXISTS search_entries_by_document ON search_entries (document_id, kind, start_offset)`,
  `CREATE INDEX IF NOT EXISTS search_entries_by_revision ON search_entries (revision_id) WHERE revision_id IS NOT NULL`,
  `CREATE INDEX IF NOT EXISTS search_entries_by_annotation ON search_entries (annotation_id) WHERE annotation_id IS NOT NULL`,
  `CREATE INDEX IF NOT EXISTS search_entries_by_comment ON search_entries (comment_id) WHERE comment_id IS NOT NULL`,
  `CREATE INDEX IF NOT EXISTS search_entries_by_tag ON search_entries (tag_id) WHERE tag_id IS NOT NULL`,
  `CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5(
    folded, exact, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0', prefix='2 3'
  )`,
  `CREATE TRIGGER IF NOT EXISTS search_entries_ai AFTER INSERT ON search_entries BEGIN
    INSERT INTO search_index (rowid, folded, exact) VALUES (NEW.id, search_fold(NEW.body), search_exact(NEW.body));
  END`,
  `CREATE TRIGGER IF NOT EXISTS search_entries_au AFTER UPDATE OF body ON search_entries BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id;
    INSERT INTO search_index (rowid, folded, exact) VALUES (NEW.id, search_fold(NEW.body), search_exact(NEW.body));
  END`,
  `CREATE TRIGGER IF NOT EXISTS search_entries_ad AFTER DELETE ON search_entries BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id;
  END`,
  `CREATE TRIGGER IF NOT EXISTS search_documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO search_entries (kind, document_id, body) VALUES ('title', NEW.id, NEW.title);
  END`,
  `CREATE TRIGGER IF NOT EXISTS search_documents_au AFTER UPDATE OF title ON documents BEGIN
    UPDATE search_entries SET body = NEW.title WHERE kind = 'title' AND document_id = NEW.id;
  END`,
  `CREATE TRIGGER IF NOT EXISTS search_documents_ad AFTER DELETE ON documents BEGIN
    DELETE FROM search_entries WHERE document_id = OLD.id;
  END`,
  `CREATE TABLE IF NOT EXISTS search_text_queue (
    revision_id TEXT PRIMARY KEY REFERENCES revisions (id) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    next_block INTEGER NOT NULL DEFAULT 0,
    cleared INTEGER NOT NULL DEFAULT 0 CHECK (cleared IN (0, 1))
  ) STRICT`,
  `CREATE INDEX IF NOT EXISTS search_text_queue_by_document ON search_text_queue (document_id)`,
  // Only the newest revision of a document is searched: older drafts would send the reader to text it no longer shows.
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
  `CREATE TRIGGER IF NOT EXISTS search_annotations_ai AFTER INSERT ON annotations BEGIN
    INSERT INTO search_entries (kind, document_id, revision_id, annotation_id, body)
    VALUES ('annotation', NEW.document_id, NEW.revision_id, NEW.id, NEW.exact);
  END`,
  `CREATE TRIGGER IF NOT EXISTS search_annotations_au AFTER UPDATE OF exact ON annotations BEGIN
    UPDATE search_entries SET body = NEW.exact WHERE kind = 'annotation' AND annotation_id = NEW.id;
  END`,
  `CREATE TRIGGER IF NOT EXISTS search_annotations_ad AFTER DELETE ON annotations BEGIN
    DELETE FROM search_entries WHERE annotation_id = OLD.id;
  END`,
  `CREATE TRIGGER IF NOT EXISTS search_comments_ai AFTER INSERT ON comments BEGIN
    INSERT INTO search_entries (kind, document_id, annotation_id, comment_id, body)
    SELECT 'comment', a.document_id, a.id, NEW.id, NEW.body FROM annotations a WHERE a.id = NEW.annotation_id;
  END`,
  `CREATE TRIGGER IF NOT EXISTS search_comments_au AFTER UPDATE OF body ON comments BEGIN
    UPDATE search_entries SET body = NEW.body WHERE kind = 'comment' AND comment_id = NEW.id;
  END`,
  `CREATE TRIGGER IF NOT EXISTS search_comments_ad AFTER DELETE ON comments BEGIN
    DELETE FROM search_entries WHERE comment_id = OLD.id;
  END`,
  `CREATE TRIGGER IF NOT EXISTS search_annotation_tags_ai AFTER INSERT ON annotation_tags BEGIN
    INSERT INTO search_entries (kind, document_id, annotation_id, tag_id, body)
    SELECT 'tag', a.document_id, a.id, t.id, t.name FROM annotations a, tags t
    WHERE a.id = NEW.annotation_id AND t.id = NEW.tag_id;
  END`,
  `CREATE TRIGGER IF NOT EXISTS search_annotation_tags_ad AFTER DELETE ON annotation_tags BEGIN
    DELETE FROM search_entries WHERE kind = 'tag' AND annotation_id = OLD.annotation_id AND tag_id = OLD.tag_id;
  END`,
  `CREATE TRIGGER IF NOT EXISTS search_tags_au AFTER UPDATE OF name ON tags BEGIN
    UPDATE search_entries SET body = NEW.name WHERE kind = 'tag' AND tag_id = NEW.id;
  END`,
]

/** Every search table and trigger name, so a repair can drop and recreate them all. */
export const searchTriggerNames: readonly string[] = searchSchemaStatements
  .map((statement) => /CREATE TRIGGER IF NOT EXISTS (\w+)/.exec(statement)?.[1])
  .filter((name): name is string => name !== undefined)

/** Fill the search tables from the data (the search_entries trigger fills the FTS index row by row). */
export const searchPopulateStatements: readonly string[] = [
  `INSERT INTO search_entries (kind, document_id, body) SELECT 'title', id, title FROM documents`,
  `INSERT INTO search_entries (kind, document_id, revision_id, block_index, start_offset, end_offset, paragraph_label, body)
    SELECT 'text', r.document_id, r.id, b.block_index, b.start_offset, b.end_offset, b.label, b.body
    FROM revisions r, search_blocks(r.blocks) b
    WHERE b.body <> '' AND length(r.text) <= ${queuedAbove}
      AND r.number = (SELECT max(number) FROM revisions x WHERE x.document_id = r.document_id)`,
  // The tables were just emptied, so a long text's queue row starts with nothing to clear.
  `DELETE FROM search_text_queue`,
  `INSERT INTO search_text_queue (revision_id, document_id, cleared)
    SELECT r.id, r.document_id, 1 FROM revisions r
    WHERE length(r.text) > ${queuedAbove}
      AND r.number = (SELECT max(number) FROM revisions x WHERE x.document_id = r.document_id)`,
  `INSERT INTO search_entries (kind, document_id, revision_id, annotation_id, body)
    SELECT 'annotation', document_id, revision_id, id, exact FROM annotations`,
  `INSERT INTO search_entries (kind, document_id, annotation_id, comment_id, body)
    SELECT 'comment', a.document_id, a.id, c.id, c.body FROM comments c JOIN annotations a ON a.id = c.annotation_id`,
  `INSERT INTO search_entries (kind, document_id, annotation_id, tag_id, body)
    SELECT 'tag', a.document_id, a.id, t.id, t.name
    FROM annotation_tags at JOIN annotations a ON a.id = at.annotation_id JOIN tags t ON t.id = at.tag_id`,
]

/**
 * Drop the search tables and triggers and build them again, filled from documents, revisions, annotations, comments
 * and tags. The caller owns the transaction, so a failure leaves the old index as it was.
 */
export function recreateSearchSchema(db: Connection): void {
  for (const name of searchTriggerNames) db.exec(`DROP TRIGGER IF EXISTS ${name}`)
  db.exec(`DROP TABLE IF EXISTS search_index`)
  db.exec(`DROP TABLE IF EXISTS search_entries`)
  for (const statement of searchSchemaStatements) db.exec(statement)
  for (const statement of searchPopulateStatements) db.exec(statement)
}
