/**
 * The part of PouchDB's API (and of express-pouchdb, which the tests serve the CouchDB API with) the team replica uses. PouchDB 9 ships without types; these follow its documented
 * behaviour (https://pouchdb.com/api.html) for bulkDocs with `new_edits: false`, changes with `style: 'all_docs'`,
 * bulkGet with `revs`, and replicate/sync against a CouchDB address.
 */
declare module 'pouchdb' {
  type RevisionPath = { start: number; ids: string[] }
  type StoredDoc = { _id: string; _rev: string; _deleted?: boolean; _revisions?: RevisionPath; [key: string]: unknown }
  type Change = { id: string; seq: number | string; deleted?: boolean; changes: { rev: string }[]; doc?: StoredDoc }
  type WriteResult = { ok?: boolean; id?: string; rev?: string; error?: string; reason?: string }
  type BulkGetResult = { results: { id: string; docs: ({ ok: StoredDoc } | { error: unknown })[] }[] }
  type ReplicationResult = {
    ok: boolean
    docs_read: number
    docs_written: number
    last_seq?: number | string
    errors: unknown[]
  }
  type RevsDiff = Record<string, { missing: string[] }>
  type Replication = PromiseLike<ReplicationResult> & {
    cancel(): void
    on(event: string, listener: (info: unknown) => void): Replication
  }

  class PouchDB {
    constructor(name: string, options?: Record<string, unknown>)
    static plugin(plugin: unknown): typeof PouchDB
    static defaults(options: Record<string, unknown>): typeof PouchDB
    static replicate(source: PouchDB, target: PouchDB, options?: Record<string, unknown>): Replication
    get(id: string): Promise<StoredDoc>
    put(doc: Record<string, unknown>): Promise<WriteResult>
    bulkDocs(docs: Record<string, unknown>[], options?: { new_edits?: boolean }): Promise<WriteResult[]>
    bulkGet(request: { docs: { id: string; rev?: string }[]; revs?: boolean }): Promise<BulkGetResult>
    revsDiff(request: Record<string, string[]>): Promise<RevsDiff>
    changes(options: Record<string, unknown>): Promise<{ results: Change[]; last_seq: number | string }>
    info(): Promise<{ doc_count: number; update_seq: number | string }>
    allDocs(options?: Record<string, unknown>): Promise<{ rows: { id: string; doc?: StoredDoc }[] }>
    close(): Promise<void>
    destroy(): Promise<void>
  }
  export default PouchDB
}

declare module 'pouchdb-adapter-memory' {
  const plugin: unknown
  export default plugin
}

declare module 'express-pouchdb' {
  import type { IncomingMessage, ServerResponse } from 'node:http'
  function expressPouchDb(
    pouch: unknown,
    options?: Record<string, unknown>,
  ): (request: IncomingMessage, response: ServerResponse) => void
  export default expressPouchDb
}
