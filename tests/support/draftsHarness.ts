import path from 'node:path'
import type { MainEventName } from '../../src-main/common/api/contract'
import { composeApp } from '../../src-main/compose'
import { inProcessRunner } from '../../src-main/importers/importRunner'
import { makeTempDirectory } from './tempDirectory'

/**
 * The whole app wired on a real temporary library (files parsed in process), with every event it published
 * recorded, and the handlers as the renderer calls them. `remove()` shuts it down and deletes the folder.
 */
export function createDraftsHarness() {
  const temp = makeTempDirectory('marginalia-drafts')
  const app = composeApp({
    path: path.join(temp.path, 'library.sqlite3'),
    host: 'browser',
    version: 'test',
    importRunner: inProcessRunner,
  })
  const events: { name: MainEventName; payload: unknown }[] = []
  app.events.subscribe((name, payload) => events.push({ name, payload }))
  /** Row counts, to prove that a refusal changed nothing. */
  const counts = () => {
    const count = (table: string) =>
      (app.store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
    return {
      revisions: count('revisions'),
      annotations: count('annotations'),
      placements: count('annotation_placements'),
      reports: count('draft_reports'),
    }
  }
  return {
    app,
    api: app.handlers,
    services: app.services,
    events,
    counts,
    remove: async () => {
      await app.shutdown()
      temp.remove()
    },
  }
}

/** A file as the renderer sends it. */
export function textFile(name: string, paragraphs: readonly string[]) {
  return { name, bytes: new TextEncoder().encode(paragraphs.join('\n\n')) }
}
