import { AppError } from '../common/api/appError'
import { newId, nowIso } from '../common/model/ids'
import type { Annotation } from '../common/model/annotation'
import type { AnnotationConflict, TeamIdentity, TeamMergeReport } from '../common/model/team'
import type { TeamRepository } from '../db/repositories/teamRepository'
import type { SettingsRepository } from '../db/repositories/settingsRepository'
import { readBundle, writeBundle } from '../team/bundle'
import { conflictLeaves, isInConflict } from '../team/conflicts'
import { sameContent, type DraftBody, type RecordBody } from '../team/records'
import { groupByDocument } from '../team/grouping'
import { Replica, type Leaf, type RecordState } from '../team/replica'
import { TeamDrafts } from './teamDrafts'
import type { EventBus } from './eventBus'
import type { Transaction } from './transaction'
import type { ErasureScheduler } from './leftoverEraser'
import { applyWinners } from './teamApply'
import { arrivedAnnotationIds } from './teamArrivals'
import { draftHash, leavesFromRows, localRecords, rowsFromState } from './teamRecordMapping'
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
      const replica = await this.capture(documentId)
      try {
        const states = await replica.states()
        const leaves = [...states.values()].flatMap((state) => state.leaves)
        const bytes = writeBundle({ from: this.identity(), title: document.title, exportedAt: nowIso(), leaves })
        return { name: `${fileSafe(document.title)}.marginalia`, bytes }
      } finally {
        await replica.close()
      }
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

  /** Every shared document's records with their revision trees, local edits included (for a push to the server). */
  sharedLeaves(): Promise<Leaf[]> {
    return this.serially(async () => {
      const leaves: Leaf[] = []
      for (const documentId of this.deps.team.sharedDocumentIds()) {
        const replica = await this.capture(documentId)
        try {
          leaves.push(...[...(await replica.states()).values()].flatMap((state) => state.leaves))
        } finally {
          await replica.close()
        }
      }
      return leaves
    })
  }

  /** Merge what a server holds, document by document (a document not in the library is added). */
  mergeFromServer(states: Map<string, RecordState>): Promise<TeamMergeReport[]> {
    return this.serially(async () => {
      const reports: TeamMergeReport[] = []
      const groups = groupByDocument(states, (recordId) => this.deps.team.documentOfRecord(recordId))
      for (const group of groups) {
        const existing = group.localDocumentId ?? this.drafts.findDocument(group.draftHashes)
        if (!existing && group.draftHashes.length === 0) continue
        reports.push(await this.mergeIntoDocument(existing, group.leaves))
      }
      return reports
    })
  }

  /** Merge `leaves` into a document of the library (or a new one made from their drafts), and report. */
  private async mergeIntoDocument(existing: string | null, leaves: Leaf[]): Promise<TeamMergeReport> {
    const documentId = existing ?? newId()
    const replica = existing ? await this.capture(existing) : await Replica.open([])
    try {
      const before = await replica.states()
      await replica.merge(leaves)
      const after = await replica.states()
      const drafts = leaves
        .filter((leaf) => leaf.id.startsWith('d:') && !leaf.deleted)
        .map((leaf) => ({ hash: leaf.id.slice(2), body: leaf.body as DraftBody }))
      this.deps.transaction(() => {
        if (!existing) this.drafts.createDocument(documentId, drafts)
        else this.drafts.addMissing(documentId, drafts)
        this.deps.team.setShared(documentId, true)
        this.save(documentId, before, after)
        // What this merge brought replaces what the one before brought ("New since my last sync").
        this.deps.team.replaceArrivals(
          documentId,
          arrivedAnnotationIds(before, after, this.identity().authorId),
          nowIso(),
        )
      })
      const title = this.documentOrThrow(documentId).title
      return { documentId, documentTitle: title, documentCreated: !existing, ...tallyMerge(before, after) }
    } finally {
      await replica.close()
    }
  }

  /** Close a conflict by keeping one version (a deletion too); the others end, and colleagues learn it by merging. */
  resolveConflict(annotationId: string, rev: string): Promise<void> {
    return this.serially(async () => {
      const documentId = this.deps.team.annotationDocument(annotationId)
      if (!documentId) throw new AppError('annotations.notFound', 'This annotation no longer exists.')
      const replica = await this.capture(documentId)
      try {
        const before = await replica.states()
        const state = before.get(`a:${annotationId}`)
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
        const after = await replica.states()
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
   * A replica of the document holding its stored revision trees plus every local edit since the last merge, each
   * written as a new revision (a deleted row becomes a deletion). The new revisions are saved before returning.
   */
  private async capture(documentId: string): Promise<Replica> {
    const replica = await Replica.open(leavesFromRows(this.deps.team.leaves(documentId)))
    try {
      const before = await replica.states()
      const local = localRecords(this.localRows(documentId), this.identity())
      const me = this.identity()
      const writes: { id: string; parentRev: string | null; body: object; deleted: boolean }[] = []
      for (const [id, body] of local) {
        const state = before.get(id)
        // Drafts never change, and a tag is on or off: a draft numbered differently or a tag spelt in another case
        // by a colleague is not a change of ours.
        if (state && !state.winner.deleted && (id.startsWith('d:') || id.startsWith('t:'))) continue
        if (!state) writes.push({ id, parentRev: null, body, deleted: false })
        else if (state.winner.deleted || !sameContent(state.winner.body, body as RecordBody)) {
          writes.push({ id, parentRev: state.winner.rev, body, deleted: false })
        }
      }
      for (const [id, state] of before) {
        if (id.startsWith('d:') || state.winner.deleted || local.has(id)) continue
        writes.push({ id, parentRev: state.winner.rev, body: { by: me.authorId, byName: me.name }, deleted: true })
      }
      if (writes.length === 0) return replica
      await replica.writeMany(writes)
      const after = await replica.states()
      this.deps.transaction(() => this.saveLeaves(documentId, before, after))
      return replica
    } catch (error) {
      await replica.close()
      throw error
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
    this.deps.team.replaceLeaves(
      documentId,
      changed.map((state) => state.id),
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
