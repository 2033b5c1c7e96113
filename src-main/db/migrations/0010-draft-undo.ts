import type { Migration } from './migration'

/**
 * Drafts, continued. `annotation_placements.reattached` marks a placement the user chose by hand after the import
 * (a re-attached orphan, or a reworded annotation moved elsewhere): its class then says how the chosen text compares
 * with the old passage, no longer what the import guessed. `undone_draft_placements` keeps where each annotation
 * made on an undone draft was in it, keyed by that draft's content hash: undo turns such an annotation into an
 * orphan of the draft before (its thread and tags stay), and importing the same file again puts it back there.
 */
export const draftUndoMigration: Migration = {
  version: 10,
  name: 'draft-undo',
  up: [
    `ALTER TABLE annotation_placements ADD COLUMN reattached INTEGER NOT NULL DEFAULT 0 CHECK (reattached IN (0, 1))`,
    `CREATE TABLE undone_draft_placements (
      annotation_id TEXT PRIMARY KEY REFERENCES annotations (id) ON DELETE CASCADE,
      document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      content_hash TEXT NOT NULL,
      draft_number INTEGER NOT NULL,
      start_offset INTEGER NOT NULL,
      end_offset INTEGER NOT NULL,
      exact TEXT NOT NULL,
      prefix TEXT NOT NULL,
      suffix TEXT NOT NULL,
      paragraph_label TEXT,
      undone_at TEXT NOT NULL
    ) STRICT`,
    `CREATE INDEX undone_draft_placements_by_draft ON undone_draft_placements (document_id, content_hash)`,
  ],
}
