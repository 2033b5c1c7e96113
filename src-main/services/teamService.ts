import { AppError } from '../common/api/appError'
import { newId, nowIso } from '../common/model/ids'
import type { Annotation } from '../common/model/annotation'
import type { AnnotationConflict, TeamIdentity, TeamMergeReport } from '../common/model/team'
import type { TeamRepository } from '../db/repositories/teamRepository'
import type { SettingsRepository } from '../db/repositories/settingsRepository'
import { readBundle, writeBundle } from '../team/bundle'
import { conflictLeaves, isInConflict } from '../team/conflicts'
import type { DraftBody } from '../team/records'
import { groupByDocument } from '../team/grouping'
import { mergeLeaves } from '../team/mergeLeaves'
import { firstRevisionState, Replica, type Leaf, type RecordState } from '../team/replica'
import { TeamDrafts } from './teamDrafts'
import type { EventBus } from './eventBus'
import type { Transaction } from './transaction'
import type { ErasureScheduler } from './leftoverEraser'
import { applyWinners } from './teamApply'
import { arrivedAnnotationIds } from './teamArrivals'
import { draftHash, leavesFromRows, localRecords, rowsFromState, statesFromRows } from './teamRecordMapping'
import { localWrites, type StoredWinner } from './teamCapture'
import { sameLeaves, tallyMerge } from './teamReport'

/** What the team service needs from the rest of the app. */
export type TeamDeps = {
  team: TeamRepository
  settings: SettingsRepository
  authorName: () => string
  events: EventBus
  eraser: ErasureScheduler
  transaction: Transaction
}

/** The key under which this library's stable author id is kept in the settings table. */
const authorIdKey = 'teamAuthorId'

/**
 * Team work on shared documents: exchange by `.marginalia` file, conflicts and their resolution. PouchDB merges
 * (see team/replica.ts); this service moves records between SQLite and the replica. One operation runs at a time.
 */
export class TeamService {
  private queue: Promise<unknown> = Promise.resolve()
  private readonly drafts: TeamDrafts

  constructor(private readonly deps: TeamDeps) {
    this.drafts = new TeamDrafts(deps.team)
  }

  /** This library's user as colleagues see them; the id is made once and kept. */
  identity(): TeamIdentity {
    const stored = this.deps.settings.readAll()[authorIdKey]
    let authorId = typeof stored === 'string' && stored ? stored : ''
    if (!authorId) {
      authorId = newId()
      this.deps.settings.writeMany({ [authorIdKey]: authorId })
    }
    return { authorId, name: this.deps.authorName() }
  }

  /** Share a document with the team, or stop sharing it (what was already exchanged stays with colleagues). */
  setShared(documentId: string, shared: boolean): void {
    this.documentOrThrow(documentId)
    this.deps.team.setShared(documentId, shared)
    this.deps.events.emit('documents.didChange', { documentIds: [documentId] })
  }

  /** Keep an annotation on this machine only, or let it be shared again. */
  setPrivate(annotationId: string, isPrivate: boolean): void {
    const documentId = this.deps.team.setPrivate(annotationId, isPrivate)
    if (!documentId) throw new AppError('annotations.notFound', 'This annotation no longer exists.')
    this.deps.events.emit('annotations.didChange', { documentId, annotationIds: [annotationId] })
  }

  /** The `.marginalia` file for a document: its drafts and shared records with their revision histories. */
  exportBundle(documentId: string): Promise<{ name: string; bytes: Uint8Array }> {
    return this.serially(async () => {
      const document = this.documentOrThrow(documentId)
      if (!document.shared) this.setShared(documentId, true)
      await this.capture(documentId)
      const leaves = leavesFromRows(this.deps.team.leaves(documentId))
      const bytes = writeBundle({ from: this.identity(), title: document.title, exportedAt: nowIso(), leaves })
      return { name: `${fileSafe(document.title)}.marginalia`, bytes }
    })
  }

  /** Merge a colleague's `.marginalia` file; a file that is not one, or is damaged, changes nothing. */
  importBundle(file: { name: string; bytes: Uint8Array }): Promise<TeamMergeReport> {
    return this.serially(async () => {
      const bundle = readBundle(file.bytes)
      const drafts = bundle.leaves.filter((leaf) => leaf.id.startsWith('d:') && !leaf.deleted)
      if (drafts.length === 0)
        throw new AppError('team.damagedBundle', 'The file has no draft.', { detail: 'no draft' })
      return this.mergeIntoDocument(this.drafts.findDocument(drafts.map((leaf) => leaf.id.slice(2))), bundle.leaves)
    })
  }

  /** Turn every shared document's local edits into revisions (stored, waiting for the server). */
  captureShared(): Promise<void> {
    return this.serially(async () => {
      for (const documentId of this.deps.team.sharedDocumentIds()) await this.capture(documentId)
    })
  }

  /** Merge what a server holds, document by document (a document not in the library is added). */
  mergeFromServer(states: Map<string, RecordState>): Promise<TeamMergeReport[]> {
    return this.serially(async () => {
      const reports: TeamMergeReport[] = []
      const byDraft = new Map<string, string | null>()
      const groups = groupByDocument(states, {
        documentOfRecord: (recordId) => this.deps.team.documentOfRecord(recordId),
        documentOfDraft: (hash) => {
          if (!byDraft.has(hash)) byDraft.set(hash, this.drafts.findDocument([hash]))
          return byDraft.get(hash) ?? null
        },
      })
      for (const group of groups) {
        const existing = group.localDocumentId ?? this.drafts.findDocument(group.draftHashes)
        if (!existing && group.draftHashes.length === 0) continue
        reports.push(await this.mergeIntoDocument(existing, group.leaves))
      }
      return reports
    })
  }

  /**
   * Merge `leaves` into a document of the library (or a new one made from their drafts), and report. Only the
   * records that arrive are put in a replica (with their stored leaves): the others cannot change.
   */
  private async mergeIntoDocument(existing: string | null, leaves: Leaf[]): Promise<TeamMergeReport> {
    const documentId = existing ?? newId()
    if (existing) await this.capture(existing)
    const ids = new Set(leaves.map((leaf) => leaf.id))
    const stored = existing ? this.deps.team.leaves(existing).filter((row) => ids.has(row.record_id)) : []
    const before = statesFromRows(stored)
    const after = await mergeLeaves(leavesFromRows(stored), leaves)
    const drafts = leaves
      .filter((leaf) => leaf.id.startsWith('d:') && !leaf.deleted)
      .map((leaf) => ({ hash: leaf.id.slice(2), body: leaf.body as DraftBody }))
    this.deps.transaction(() => {
      if (!existing) this.drafts.createDocument(documentId, drafts)
      else this.drafts.addMissing(documentId, drafts)
      this.deps.team.setShared(documentId, true)
      this.save(documentId, before, after)
      // What this merge brought replaces what the one before brought ("New since my last sync"). A merge that brings
      // nothing keeps the list: a background sync every few minutes would otherwise empty it before it is read.
      const arrived = arrivedAnnotationIds(before, after, this.identity().authorId)
      if (arrived.size > 0) this.deps.team.replaceArrivals(documentId, arrived, nowIso())
    })
    const title = this.documentOrThrow(documentId).title
    return { documentId, documentTitle: title, documentCreated: !existing, ...tallyMerge(before, after) }
  }

  /** Close a conflict by keeping one version (a deletion too); the others end, and colleagues learn it by merging. */
  resolveConflict(annotationId: string, rev: string): Promise<void> {
    return this.serially(async () => {
      const documentId = this.deps.team.annotationDocument(annotationId)
      if (!documentId) throw new AppError('annotations.notFound', 'This annotation no longer exists.')
      await this.capture(documentId)
      const recordId = `a:${annotationId}`
      const stored = this.deps.team.leaves(documentId).filter((row) => row.record_id === recordId)
      const before = statesFromRows(stored)
      const replica = await Replica.open(leavesFromRows(stored))
      try {
        const state = before.get(recordId)
        if (!state || !isInConflict(state)) throw new AppError('team.noConflict', 'This annotation has no conflict.')
        const chosen = state.leaves.find((leaf) => leaf.rev === rev)
        if (!chosen) throw new AppError('team.noSuchVersion', 'This version is no longer there. Reload the document.')
        const me = this.identity()
        const who = { by: me.authorId, byName: me.name }
        for (const leaf of conflictLeaves(state)) {
          if (leaf.rev === chosen.rev || (chosen.deleted && leaf.deleted)) continue
          // Keeping a deletion deletes every live branch; keeping a version closes the others as resolved.
          await replica.write(state.id, leaf.rev, null, chosen.deleted ? who : { ...who, resolution: true })
        }
        const after = await replica.states([recordId])
        this.deps.transaction(() => this.save(documentId, before, after))
        // Keeping the version already shown changes no row, but the card must drop its conflict.
        this.deps.events.emit('annotations.didChange', { documentId, annotationIds: [annotationId] })
      } finally {
        await replica.close()
      }
    })
  }

  /** Add each annotation's conflict (every version) to a listing; `annotations.list` shows them on the card. */
  withConflicts(documentId: string, annotations: Annotation[]): Annotation[] {
    const rows = this.deps.team.annotationLeavesInDispute(documentId)
    if (rows.length === 0) return annotations
    const byRecord = new Map<string, typeof rows>()
    for (const row of rows) byRecord.set(row.record_id, [...(byRecord.get(row.record_id) ?? []), row])
    const conflicts = new Map<string, AnnotationConflict>()
    for (const [recordId, leafRows] of byRecord) {
      const leaves = leavesFromRows(leafRows)
      const winner = leaves.find((_, index) => leafRows[index]?.winner === 1) ?? leaves[0]
      if (!winner) continue
      const state: RecordState = { id: recordId, winner, leaves }
      if (!isInConflict(state)) continue
      conflicts.set(recordId.slice(2), {
        versions: conflictLeaves(state).map((leaf) => ({
          rev: leaf.rev,
          deleted: leaf.deleted,
          by: String(leaf.body.byName ?? ''),
          color: leaf.deleted ? null : String(leaf.body.color),
          exact: leaf.deleted ? null : String(leaf.body.exact),
          resolvedAt: leaf.deleted ? null : ((leaf.body.resolvedAt as string | null) ?? null),
          updatedAt: leaf.deleted ? null : String(leaf.body.updatedAt),
          winner: leaf.rev === winner.rev,
        })),
      })
    }
    return annotations.map((annotation) => {
      const conflict = conflicts.get(annotation.id)
      return conflict ? { ...annotation, conflict } : annotation
    })
  }

  /**
   * Write every local edit since the last merge as a new revision (a deleted row becomes a deletion) and store it.
   * Edits are found by comparing SQLite's rows with the stored winners; only the records that changed go through a
   * replica, with their stored leaves.
   */
  private async capture(documentId: string): Promise<void> {
    const rows = this.deps.team.leaves(documentId)
    const winners = new Map<string, StoredWinner>()
    for (const row of rows) {
      if (row.winner !== 1) continue
      const body = row.body ? (JSON.parse(row.body) as Record<string, unknown>) : {}
      winners.set(row.record_id, { rev: row.rev, deleted: row.deleted === 1, body })
    }
    const me = this.identity()
    const writes = localWrites(winners, localRecords(this.localRows(documentId), me), me)
    if (writes.length === 0) return
    const ids = new Set(writes.map((write) => write.id))
    const stored = rows.filter((row) => ids.has(row.record_id))
    const replica = await Replica.open(leavesFromRows(stored))
    try {
      const revs = await replica.writeMany(writes)
      // A record written for the first time has one leaf, its winner: only the others are read back.
      const storedIds = new Set(stored.map((row) => row.record_id))
      const after = await replica.states([...ids].filter((id) => storedIds.has(id)))
      for (const write of writes) {
        const rev = revs.get(write.id)
        if (storedIds.has(write.id) || !rev) continue
        after.set(write.id, firstRevisionState(write.id, rev, write.body as Record<string, unknown>))
      }
      this.deps.transaction(() => this.saveLeaves(documentId, statesFromRows(stored), after))
    } finally {
      await replica.close()
    }
  }

  /** Store the merge: changed records' rows, then their leaves, in the caller's transaction. */
  private save(documentId: string, before: Map<string, RecordState>, after: Map<string, RecordState>): void {
    const changed = [...after.values()].filter((state) => {
      const previous = before.get(state.id)
      return !previous || previous.winner.rev !== state.winner.rev
    })
    const drafts = new Map(this.deps.team.drafts(documentId).map((draft) => [draftHash(draft.text), draft.id]))
    const touched = applyWinners(this.deps.team, documentId, changed, (hash) => drafts.get(hash) ?? null)
    this.saveLeaves(documentId, before, after)
    if (changed.some((state) => state.winner.deleted)) this.deps.eraser.schedule()
    if (touched.size > 0) {
      this.deps.events.emit('annotations.didChange', { documentId, annotationIds: [...touched] })
    }
  }

  private saveLeaves(documentId: string, before: Map<string, RecordState>, after: Map<string, RecordState>): void {
    const changed = [...after.values()].filter((state) => {
      const previous = before.get(state.id)
      return !previous || !sameLeaves(previous, state) || previous.winner.rev !== state.winner.rev
    })
    // Only records stored before have leaves to drop: a first merge of thousands of records only inserts.
    this.deps.team.replaceLeaves(
      documentId,
      changed.filter((state) => before.has(state.id)).map((state) => state.id),
      changed.flatMap(rowsFromState),
    )
  }

  private localRows(documentId: string) {
    const { team } = this.deps
    return {
      title: this.documentOrThrow(documentId).title,
      drafts: team.drafts(documentId),
      annotations: team.annotations(documentId),
      comments: team.comments(documentId),
      tags: team.tags(documentId),
    }
  }

  private documentOrThrow(documentId: string): { title: string; shared: boolean } {
    const document = this.deps.team.document(documentId)
    if (!document) throw new AppError('team.documentNotFound', 'This document is no longer in the library.')
    return document
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work)
    this.queue = run.catch(() => undefined)
    return run
  }
}

/** A title as a file name: no path separators, control characters or characters Windows refuses. */
function fileSafe(title: string): string {
  const safe = [...title].map((char) => (char < ' ' || '\\/:*?"<>|'.includes(char) ? '_' : char)).join('')
  return safe.slice(0, 120).trim() || 'document'
}
