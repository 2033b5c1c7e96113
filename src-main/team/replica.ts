import PouchDB from 'pouchdb'
import memoryAdapter from 'pouchdb-adapter-memory'
import { newId } from '../common/model/ids'
import type { RecordBody } from './records'

PouchDB.plugin(memoryAdapter)

/** How many documents one read asks for. */
const readBatch = 2000

/** One leaf of a record's revision tree: the branch's revision ids (newest first) and the leaf's body. */
export type Leaf = {
  id: string
  rev: string
  deleted: boolean
  /** CouchDB's `_revisions`: the generation of the leaf and the ids of its branch, newest first. */
  history: { start: number; ids: string[] }
  /** The record's fields (for a deletion only who deleted it; never the text). */
  body: Record<string, unknown>
}

/** A record's current state in the replica: CouchDB's winning revision and every leaf. */
export type RecordState = { id: string; winner: Leaf; leaves: Leaf[] }

/**
 * A PouchDB database in memory, rebuilt from the leaves SQLite keeps and dropped after each merge. PouchDB does the
 * merging (revision trees, deterministic winners, conflicts); SQLite stays the only thing on disk, so a merge and the
 * rows it changes are saved in one transaction and nothing of a deleted record's text lingers in a second store.
 */
export class Replica {
  private constructor(readonly db: PouchDB) {}

  /** A fresh replica holding `leaves` (with their branches). */
  static async open(leaves: readonly Leaf[]): Promise<Replica> {
    const replica = new Replica(new PouchDB(`team-${newId()}`, { adapter: 'memory' }))
    await replica.merge(leaves)
    return replica
  }

  /** Merge revisions made elsewhere, keeping their ids and history (CouchDB's `new_edits: false`). */
  async merge(leaves: readonly Leaf[]): Promise<void> {
    const batch = 1000
    for (let index = 0; index < leaves.length; index += batch) {
      const docs = leaves.slice(index, index + batch).map(toStoredDoc)
      const results = await this.db.bulkDocs(docs, { new_edits: false })
      const failed = results.find((result) => result.error)
      if (failed) throw new Error(`Replica refused a revision: ${failed.reason ?? failed.error}`)
    }
  }

  /** Write a new revision of a record on top of `parentRev` (or a first one). Returns the new revision id. */
  async write(id: string, parentRev: string | null, body: RecordBody | null, deletion?: object): Promise<string> {
    const doc: Record<string, unknown> = body ? { ...body, _id: id } : { ...deletion, _id: id, _deleted: true }
    if (parentRev) doc._rev = parentRev
    const result = await this.db.put(doc)
    if (!result.rev) throw new Error(`Replica refused a write of ${id}`)
    return result.rev
  }

  /**
   * Write many new revisions at once (each on top of its `parentRev`, or a first one); for capturing local edits.
   * @returns the new revision of each record written.
   */
  async writeMany(
    writes: { id: string; parentRev: string | null; body: object; deleted: boolean }[],
  ): Promise<Map<string, string>> {
    const revs = new Map<string, string>()
    for (let index = 0; index < writes.length; index += 1000) {
      const docs = writes.slice(index, index + 1000).map((write) => {
        const doc: Record<string, unknown> = { ...write.body, _id: write.id }
        if (write.parentRev) doc._rev = write.parentRev
        if (write.deleted) doc._deleted = true
        return doc
      })
      const results = await this.db.bulkDocs(docs)
      const failed = results.find((result) => result.error)
      if (failed) throw new Error(`Replica refused a write: ${failed.reason ?? failed.error}`)
      for (const result of results) if (result.id && result.rev) revs.set(result.id, result.rev)
    }
    return revs
  }

  /** Records with their winner and leaves: those named in `ids`, or every record. */
  async states(ids?: Iterable<string>): Promise<Map<string, RecordState>> {
    const wanted = ids ? [...new Set(ids)] : undefined
    if (wanted?.length === 0) return new Map()
    const { results } = await this.db.changes({
      since: 0,
      style: 'all_docs',
      include_docs: true,
      ...(wanted && { doc_ids: wanted }),
    })
    const request = results.flatMap((change) => change.changes.map(({ rev }) => ({ id: change.id, rev })))
    const leavesById = new Map<string, Leaf[]>()
    for (let index = 0; index < request.length; index += readBatch) {
      const { results: found } = await this.db.bulkGet({ docs: request.slice(index, index + readBatch), revs: true })
      for (const entry of found) {
        for (const item of entry.docs) {
          if (!('ok' in item)) continue
          const list = leavesById.get(entry.id) ?? []
          list.push(toLeaf(item.ok))
          leavesById.set(entry.id, list)
        }
      }
    }
    const states = new Map<string, RecordState>()
    for (const change of results) {
      const leaves = leavesById.get(change.id) ?? []
      // PouchDB's winner (the same one CouchDB picks: live before deleted, longer branch, greater revision id).
      const winner = leaves.find((leaf) => leaf.rev === change.doc?._rev)
      if (winner) states.set(change.id, { id: change.id, winner, leaves })
    }
    return states
  }

  /** Drop the replica. */
  async close(): Promise<void> {
    await this.db.destroy()
  }
}

/** The state of a record just written for the first time: one leaf, its winner. */
export function firstRevisionState(id: string, rev: string, body: Record<string, unknown>): RecordState {
  const leaf: Leaf = { id, rev, deleted: false, history: revisionPath(rev), body }
  return { id, winner: leaf, leaves: [leaf] }
}

function toStoredDoc(leaf: Leaf): Record<string, unknown> {
  const doc: Record<string, unknown> = { ...leaf.body, _id: leaf.id, _rev: leaf.rev, _revisions: leaf.history }
  if (leaf.deleted) doc._deleted = true
  return doc
}

function toLeaf(doc: Record<string, unknown> & { _id: string; _rev: string }): Leaf {
  const { _id, _rev, _deleted, _revisions, ...body } = doc
  const history = (_revisions as Leaf['history'] | undefined) ?? revisionPath(_rev)
  return { id: _id, rev: _rev, deleted: _deleted === true, history, body }
}

function revisionPath(rev: string): Leaf['history'] {
  const [start, id] = rev.split('-')
  return { start: Number(start), ids: [id ?? ''] }
}
