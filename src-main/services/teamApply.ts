import type { TeamRepository } from '../db/repositories/teamRepository'
import { tagNameKey } from '../common/model/tagName'
import { newId } from '../common/model/ids'
import type { AnnotationBody, CommentBody, TagBody } from '../team/records'
import type { RecordState } from '../team/replica'
import { annotationRow, commentRow } from './teamRecordMapping'

/**
 * Write the winners of records a merge changed into the library's tables (call inside the merge's transaction).
 * Live records first, parents before children (annotations, tags, then comments in thread order), deletions last.
 * Private annotations are never overwritten by a colleague's record with the same id.
 * @returns the ids of the annotations whose rows changed.
 */
export function applyWinners(
  repository: TeamRepository,
  documentId: string,
  changed: readonly RecordState[],
  revisionForDraft: (hash: string) => string | null,
): Set<string> {
  const touched = new Set<string>()
  const privateIds = repository.privateAnnotationIds(documentId)
  const live = changed.filter((state) => !state.winner.deleted)
  const gone = changed.filter((state) => state.winner.deleted)
  for (const state of live.filter((item) => item.id.startsWith('a:'))) {
    const body = state.winner.body as AnnotationBody
    const revisionId = revisionForDraft(body.draft)
    const annotationId = state.id.slice(2)
    if (!revisionId || privateIds.has(annotationId)) continue
    repository.upsertAnnotation(documentId, annotationRow(state.id, body, revisionId))
    touched.add(annotationId)
  }
  for (const state of live.filter((item) => item.id.startsWith('t:'))) {
    const body = state.winner.body as TagBody
    if (privateIds.has(body.annotation)) continue
    repository.addTag(documentId, body.annotation, body.name, tagNameKey(body.name), newId)
    touched.add(body.annotation)
  }
  // Replies need their parent first; a few passes place whole threads whatever order they came in.
  let pending = live.filter((item) => item.id.startsWith('c:'))
  for (let pass = 0; pending.length > 0 && pass < 64; pass++) {
    const waiting: RecordState[] = []
    for (const state of pending) {
      const body = state.winner.body as CommentBody
      if (privateIds.has(body.annotation)) continue
      if (repository.upsertComment(documentId, commentRow(state.id, body))) touched.add(body.annotation)
      else waiting.push(state)
    }
    if (waiting.length === pending.length) break
    pending = waiting
  }
  for (const state of gone) {
    const [kind, id = '', key = ''] = splitRecordId(state.id)
    if (kind === 'c') repository.deleteComment(documentId, id)
    if (kind === 't') repository.removeTag(documentId, id, key)
    if (kind === 'a' && !privateIds.has(id)) repository.deleteAnnotation(documentId, id)
    if (kind !== 'd') touched.add(id)
  }
  return touched
}

function splitRecordId(recordId: string): string[] {
  const kind = recordId.slice(0, 1)
  if (kind !== 't') return [kind, recordId.slice(2)]
  return [kind, recordId.slice(2, 38), recordId.slice(39)]
}
