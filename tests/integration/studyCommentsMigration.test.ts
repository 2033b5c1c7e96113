import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { connect } from '../../src-main/db/connection'
import { latestSchemaVersion, migrate } from '../../src-main/db/migrate'
import { migrations } from '../../src-main/db/migrations'
import { seedDocument } from '../support/seedDocument'
import { composeStudyServices } from '../support/studyParts'
import { makeTempDirectory } from '../support/tempDirectory'

let temp: ReturnType<typeof makeTempDirectory>
beforeEach(() => {
  temp = makeTempDirectory('marginalia-study-comments')
})
afterEach(() => temp.remove())

const paragraph = '9. Hai bên nhất trí tăng cường hợp tác trong lĩnh vực năng lượng.'
const now = '2026-03-01T08:00:00.000Z'

describe('migration 0007: question cards remember the comment they ask', () => {
  it('gives a question card made before it its comment, so a later edit of that comment offers the update', () => {
    const db = connect(path.join(temp.path, 'library.sqlite3'), { supportedSchemaVersion: latestSchemaVersion() })
    migrate(
      db,
      migrations.filter((step) => step.version <= 5),
    )
    const { documentId, revisionId } = seedDocument(db, [paragraph])
    const start = paragraph.indexOf('năng lượng')
    db.prepare(
      `INSERT INTO annotations (id, document_id, revision_id, color, start_offset, end_offset, exact, prefix, suffix,
       author, created_at, updated_at) VALUES ('a1', ?, ?, 'yellow', ?, ?, 'năng lượng', '', '', '', ?, ?)`,
    ).run(documentId, revisionId, start, start + 'năng lượng'.length, now, now)
    db.prepare(
      `INSERT INTO comments (id, annotation_id, parent_id, author, body, created_at, updated_at)
       VALUES ('q1', 'a1', NULL, '', 'Lĩnh vực nào?', ?, ?), ('r1', 'a1', 'q1', '', 'Năng lượng.', ?, ?)`,
    ).run(now, now, now, now)
    for (const [id, kind] of [
      ['00000000-0000-4000-8000-000000000001', 'question'],
      ['00000000-0000-4000-8000-000000000002', 'cloze'],
    ]) {
      db.prepare(
        `INSERT INTO study_cards (id, kind, document_id, prompt, answer, source_label, source_quotes, created_at, due,
         stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state)
         VALUES (?, ?, ?, 'Lĩnh vực nào?', 'năng lượng', '9', '["năng lượng"]', ?, ?, 0, 0, 0, 0, 0, 0, 0, 'new')`,
      ).run(id, kind, documentId, now, now)
      db.prepare(`INSERT INTO study_card_annotations (card_id, annotation_id, position) VALUES (?, 'a1', 0)`).run(id)
    }

    expect(migrate(db)).toContain(7)
    const { annotations, study } = composeStudyServices(db, () => now)
    expect(study.cardsForAnnotation('a1').map((card) => card.annotationChanged)).toEqual([false, false])
    annotations.editComment('q1', 'Hai bên hợp tác trong lĩnh vực nào?')
    expect(study.cardsForAnnotation('a1').map((card) => [card.kind, card.annotationChanged])).toEqual([
      ['question', true],
      ['cloze', false],
    ])
    db.close()
  })
})
