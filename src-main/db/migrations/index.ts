import type { Migration } from './migration'
import { initialSchema } from './0001-initial'
import { searchMigration } from './0002-search'
import { draftsMigration } from './0003-drafts'
import { studyMigration } from './0005-study'
import { teamMigration } from './0006-team'
import { studyCommentsMigration } from './0007-study-comments'
import { writeCountMigration } from './0008-write-count'
import { draftUndoMigration } from './0010-draft-undo'
import { searchQueueMigration } from './0011-search-queue'
import { teamArrivalsMigration } from './0012-team-arrivals'
import { teamCheckpointsMigration } from './0013-team-checkpoints'
import { readerLayoutsMigration } from './0014-reader-layouts'

/** Every schema step, in order. A new step is one file plus one line here. */
export const migrations: readonly Migration[] = [
  initialSchema,
  searchMigration,
  draftsMigration,
  studyMigration,
  teamMigration,
  studyCommentsMigration,
  writeCountMigration,
  draftUndoMigration,
  searchQueueMigration,
  teamArrivalsMigration,
  teamCheckpointsMigration,
  readerLayoutsMigration,
]
