import type { Migration } from './migration'

/**
 * The first schema. Ids are UUID text so annotation sets can be merged between people. Times are ISO 8601 UTC text.
 * A document has one or more revisions (drafts); annotations belong to a revision and store W3C-style selectors:
 * a text position (start/end offsets into the revision's canonical text) and a text quote (exact, prefix, suffix).
 */
export const initialSchema: Migration = {
  version: 1,
  name: 'initial schema',
  up: [
    `CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT`,
    `CREATE TABLE documents (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      source_name TEXT NOT NULL,
      format TEXT NOT NULL,
      encoding TEXT,
      language TEXT NOT NULL DEFAULT 'und',
      size_bytes INTEGER NOT NULL,
      content_hash TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      last_opened_at TEXT,
      reading_position TEXT,
      deleted_at TEXT
    ) STRICT`,
    `CREATE INDEX documents_content_hash ON documents (content_hash)`,
    `CREATE TABLE revisions (
      id TEXT PRIMARY KEY,
      document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      number INTEGER NOT NULL,
      blocks TEXT NOT NULL,
      text TEXT NOT NULL,
      content_hash TEXT NOT NULL,
      created_at TEXT NOT NULL,
      UNIQUE (document_id, number)
    ) STRICT`,
    `CREATE TABLE annotations (
      id TEXT PRIMARY KEY,
      document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      revision_id TEXT NOT NULL REFERENCES revisions (id) ON DELETE CASCADE,
      color TEXT NOT NULL,
      start_offset INTEGER NOT NULL,
      end_offset INTEGER NOT NULL,
      exact TEXT NOT NULL,
      prefix TEXT NOT NULL,
      suffix TEXT NOT NULL,
      paragraph_label TEXT,
      author TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      resolved_at TEXT,
      anchor_status TEXT NOT NULL DEFAULT 'anchored',
      CHECK (end_offset >= start_offset)
    ) STRICT`,
    `CREATE INDEX annotations_by_document ON annotations (document_id, start_offset)`,
    `CREATE INDEX annotations_by_revision ON annotations (revision_id)`,
    `CREATE TABLE tags (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      name_key TEXT NOT NULL UNIQUE,
      color TEXT,
      created_at TEXT NOT NULL
    ) STRICT`,
    `CREATE TABLE annotation_tags (
      annotation_id TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
      tag_id TEXT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
      PRIMARY KEY (annotation_id, tag_id)
    ) STRICT, WITHOUT ROWID`,
    `CREATE INDEX annotation_tags_by_tag ON annotation_tags (tag_id)`,
    `CREATE TABLE comments (
      id TEXT PRIMARY KEY,
      annotation_id TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
      parent_id TEXT REFERENCES comments (id) ON DELETE CASCADE,
      author TEXT NOT NULL,
      body TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`,
    `CREATE INDEX comments_by_annotation ON comments (annotation_id, created_at)`,
    `CREATE INDEX comments_by_parent ON comments (parent_id)`,
  ],
}
