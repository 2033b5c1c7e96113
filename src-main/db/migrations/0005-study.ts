import type { Migration } from './migration'

/**
 * Study cards made from annotations, scheduled by FSRS, with one review row per answer.
 *
 * A card links to its annotations through `study_card_annotations` without a foreign key on purpose: deleting an
 * annotation retires its cards (they are no longer offered) and undoing the delete, which restores the annotation
 * with its id, brings them back with their whole history. `suspended` is set while an annotation is orphaned.
 * `source_quotes` holds the annotations' passages when the card was made, so an edited annotation can offer to
 * update its cards. Each review row keeps the card's schedule before the answer (undo) and the retention aimed at (replay).
 */
export const studyMigration: Migration = {
  version: 5,
  name: 'study',
  up: [
    `CREATE TABLE study_cards (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('cloze', 'question')),
      document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      prompt TEXT NOT NULL,
      answer TEXT NOT NULL,
      source_label TEXT NOT NULL,
      source_quotes TEXT NOT NULL,
      created_at TEXT NOT NULL,
      suspended INTEGER NOT NULL DEFAULT 0,
      due TEXT NOT NULL,
      stability REAL NOT NULL,
      difficulty REAL NOT NULL,
      elapsed_days REAL NOT NULL,
      scheduled_days REAL NOT NULL,
      learning_steps INTEGER NOT NULL,
      reps INTEGER NOT NULL,
      lapses INTEGER NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('new', 'learning', 'review', 'relearning')),
      last_review TEXT
    ) STRICT`,
    `CREATE INDEX study_cards_by_due ON study_cards (due)`,
    `CREATE INDEX study_cards_by_document ON study_cards (document_id)`,
    `CREATE TABLE study_card_annotations (
      card_id TEXT NOT NULL REFERENCES study_cards (id) ON DELETE CASCADE,
      annotation_id TEXT NOT NULL,
      position INTEGER NOT NULL,
      PRIMARY KEY (card_id, annotation_id)
    ) STRICT, WITHOUT ROWID`,
    `CREATE INDEX study_card_annotations_by_annotation ON study_card_annotations (annotation_id)`,
    `CREATE TABLE study_reviews (
      id INTEGER PRIMARY KEY,
      card_id TEXT NOT NULL REFERENCES study_cards (id) ON DELETE CASCADE,
      rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
      reviewed_at TEXT NOT NULL,
      state_before TEXT NOT NULL,
      desired_retention REAL NOT NULL,
      schedule_before TEXT NOT NULL
    ) STRICT`,
    `CREATE INDEX study_reviews_by_card ON study_reviews (card_id, id)`,
    `CREATE INDEX study_reviews_by_time ON study_reviews (reviewed_at)`,
  ],
}
