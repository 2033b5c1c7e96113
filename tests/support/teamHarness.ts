import path from 'node:path'
import { composeApp } from '../../src-main/compose'
import { inProcessRunner } from '../../src-main/importers/importRunner'
import { makeTempDirectory } from './tempDirectory'

/** The paragraphs of the draft every colleague in the team tests imports (each on their own). */
export const teamDraft = [
  'Điều 1. Các Bên cam kết hợp tác trong lĩnh vực năng lượng.',
  'Article 2. The Parties shall exchange information on nuclear safety.',
  'Статья 3. Стороны проводят консультации ежегодно.',
]

/**
 * One colleague's copy of the app: the whole app wired on its own temporary library, with a display name.
 * `remove()` shuts it down and deletes its folder (a library at `libraryPath` is shut down and left in place).
 */
export async function createColleague(name: string, libraryPath?: string) {
  const temp = makeTempDirectory('marginalia-team')
  const app = composeApp({
    path: libraryPath ?? path.join(temp.path, 'library.sqlite3'),
    host: 'browser',
    version: 'test',
    importRunner: inProcessRunner,
  })
  const api = app.handlers
  await api['settings.update']({ authorName: name })
  const count = (table: string) => (app.store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
  return {
    name,
    app,
    api,
    /** Import the team's draft as this colleague would (each library gives it its own id). */
    async importDraft(paragraphs: readonly string[] = teamDraft) {
      const file = { name: 'draft.txt', bytes: new TextEncoder().encode(paragraphs.join('\n\n')) }
      const result = await api['documents.import'](file, {})
      return result.document.id
    },
    /** Highlight the first occurrence of `words` in the document. */
    async highlight(documentId: string, words: string, comment?: string) {
      const { revision } = await api['documents.open'](documentId)
      const start = revision.text.indexOf(words)
      if (start < 0) throw new Error(`"${words}" is not in the draft`)
      return api['annotations.create']({ documentId, start, end: start + words.length, color: 'yellow', comment })
    },
    /** What the library shows, without ids or times that legitimately differ between libraries. */
    async picture(documentId: string) {
      const annotations = await api['annotations.list'](documentId)
      return annotations.map((annotation) => ({
        id: annotation.id,
        color: annotation.color,
        exact: annotation.target.exact,
        author: annotation.author,
        resolvedAt: annotation.resolvedAt,
        tags: annotation.tags.map((tag) => tag.name),
        comments: annotation.comments.map((comment) => ({
          id: comment.id,
          body: comment.body,
          parent: comment.parentId,
        })),
        conflict: annotation.conflict?.versions.map((version) => ({ ...version, winner: undefined })) ?? null,
      }))
    },
    counts: () => ({
      documents: count('documents'),
      annotations: count('annotations'),
      comments: count('comments'),
      leaves: count('team_leaves'),
    }),
    async remove() {
      await app.shutdown()
      temp.remove()
    },
  }
}

/** One colleague's copy of the app, as `createColleague` makes it. */
export type Colleague = Awaited<ReturnType<typeof createColleague>>
