import type { Connection } from './connection'

/**
 * The current search schema, which the rebuild and any future migration that changes search use. (Migration 0002
 * keeps the text it shipped with and never changes; this module is where search evolves. The index is derived data,
 * so a migration that changes it drops and recreates it with `recreateSearchSchema`.)
 *
 * `search_entries` holds one row per searchable thing with what a result needs (kind, document, block, offsets,
 * paragraph label, original text). `search_index` is a contentless FTS5 table over two folded forms of that text
 * (`folded`: loose; `exact`: keeps diacritics). Triggers keep both in step with the base tables inside the writer's
 * own transaction, so no service has to remember search and the index is never behind a committed change. Prefix
 * indexes for 2 and 3 characters make `năng lư*` one lookup instead of a merge of every word starting "lu". The
 * folding and block splitting are SQL functions registered on every connection (src-main/search/sqlFunctions.ts).
 */

/** Trigger body: replace the document's text rows with the blocks of NEW, its newest revision. */
const indexNewestRevisionText = `DELETE FROM search_entries WHERE kind = 'text' AND document_id = NEW.document_id;
    INSERT INTO search_entries (kind, document_id, revision_id, block_index, start_offset, end_offset, paragraph_label, body)
      SELECT 'text', NEW.document_id, NEW.id, b.block_index, b.start_offset, b.end_offset, b.label, b.body
      FROM search_blocks(NEW.blocks) b WHERE b.body <> '';`

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
  // Only the newest revision of a document is searched: older drafts would send the reader to text it no longer shows.
  `CREATE TRIGGER IF NOT EXISTS search_revisions_ai AFTER INSERT ON revisions
  WHEN NOT EXISTS (SELECT 1 FROM revisions r WHERE r.document_id = NEW.document_id AND r.number > NEW.number)
  BEGIN
    ${indexNewestRevisionText}
  END`,
  `CREATE TRIGGER IF NOT EXISTS search_revisions_au AFTER UPDATE OF blocks ON revisions
  WHEN NOT EXISTS (SELECT 1 FROM revisions r WHERE r.document_id = NEW.document_id AND r.number > NEW.number)
  BEGIN
    ${indexNewestRevisionText}
  END`,
  `CREATE TRIGGER IF NOT EXISTS search_revisions_ad AFTER DELETE ON revisions BEGIN
    DELETE FROM search_entries WHERE kind = 'text' AND revision_id = OLD.id;
    INSERT INTO search_entries (kind, document_id, revision_id, block_index, start_offset, end_offset, paragraph_label, body)
      SELECT 'text', r.document_id, r.id, b.block_index, b.start_offset, b.end_offset, b.label, b.body
      FROM revisions r, search_blocks(r.blocks) b
      WHERE r.document_id = OLD.document_id AND b.body <> ''
        AND r.number = (SELECT max(number) FROM revisions WHERE document_id = OLD.document_id)
        AND NOT EXISTS (SELECT 1 FROM search_entries s WHERE s.kind = 'text' AND s.revision_id = r.id);
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
    WHERE b.body <> '' AND r.number = (SELECT max(number) FROM revisions x WHERE x.document_id = r.document_id)`,
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
