import type { Migration } from './migration'

/**
 * Drafts. `annotation_placements` is each annotation's placement history: where it was in every draft it was carried
 * through, and how the import that brought it there classified it (class, confidence, the text and paragraph label it
 * had in the draft before, the places offered for an orphan, the "changed since" badge and when it was acknowledged).
 * The row for an annotation's current revision is what `annotations.list` reports as its carry-over; older rows let
 * an earlier draft be shown with its annotations where they were, and let undo put every annotation back.
 * `draft_reports` keeps the report of each import so that it can be reopened. Search needs nothing new: the triggers
 * of step 2 already index a newly inserted newest revision and fall back to the previous one when it is deleted.
 */
export const draftsMigration: Migration = {
  version: 3,
  name: 'drafts',
  up: [
    // The file each draft came from (the document keeps only the first one's name).
    `ALTER TABLE revisions ADD COLUMN source_name TEXT`,
    `CREATE TABLE annotation_placements (
      annotation_id TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
      revision_id TEXT NOT NULL REFERENCES revisions (id) ON DELETE CASCADE,
      start_offset INTEGER NOT NULL,
      end_offset INTEGER NOT NULL,
      exact TEXT NOT NULL,
      prefix TEXT NOT NULL,
      suffix TEXT NOT NULL,
      paragraph_label TEXT,
      anchor_status TEXT NOT NULL,
      class TEXT CHECK (class IN ('exact', 'moved', 'reworded', 'orphaned')),
      confidence REAL,
      from_draft INTEGER,
      to_draft INTEGER,
      previous_exact TEXT,
      previous_label TEXT,
      candidates TEXT NOT NULL DEFAULT '[]',
      changed_since_draft INTEGER,
      changed_since_exact TEXT,
      acknowledged_at TEXT,
      PRIMARY KEY (annotation_id, revision_id)
    ) STRICT`,
    `CREATE INDEX annotation_placements_by_revision ON annotation_placements (revision_id)`,
    `CREATE TABLE draft_reports (
      revision_id TEXT PRIMARY KEY REFERENCES revisions (id) ON DELETE CASCADE,
      document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      report TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT`,
    `CREATE INDEX draft_reports_by_document ON draft_reports (document_id)`,
  ],
}
