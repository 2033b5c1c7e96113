import type { Migration } from './migration'

/**
 * A question card remembers the comment it asks (`source_comment_id`, and its text then in `source_comment`), so that
 * editing or deleting that comment can offer to update or retire the card. `retired_at` marks a card the user
 * retired: it keeps its review log but is no longer offered. Question cards made before this step take their
 * annotation's first comment as it is now.
 */
export const studyCommentsMigration: Migration = {
  version: 7,
  name: 'study-comments',
  up: [
    `ALTER TABLE study_cards ADD COLUMN source_comment_id TEXT`,
    `ALTER TABLE study_cards ADD COLUMN source_comment TEXT`,
    `ALTER TABLE study_cards ADD COLUMN retired_at TEXT`,
    `UPDATE study_cards SET source_comment_id = (
       SELECT m.id FROM study_card_annotations l JOIN comments m ON m.annotation_id = l.annotation_id
       WHERE l.card_id = study_cards.id AND m.parent_id IS NULL ORDER BY m.created_at, m.id LIMIT 1)
     WHERE kind = 'question'`,
    `UPDATE study_cards SET source_comment = (SELECT body FROM comments WHERE id = study_cards.source_comment_id)
     WHERE source_comment_id IS NOT NULL`,
  ],
}
