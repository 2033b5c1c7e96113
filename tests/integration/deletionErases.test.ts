/**
 * The README promises that deleting really removes: after a deletion (and, for backups, the user's choice to
 * remove it there too), a unique marker is found nowhere in the library file, its -wal or its backups.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { composeApp, type ComposedApp } from '../../src-main/compose'
import { inProcessRunner } from '../../src-main/importers/importRunner'
import { makeTempDirectory } from '../support/tempDirectory'

let temp: ReturnType<typeof makeTempDirectory>
let library: string
beforeEach(() => {
  temp = makeTempDirectory('marginalia-erase')
  library = path.join(temp.path, 'library.sqlite3')
})
afterEach(() => temp.remove())

const open = (): ComposedApp =>
  composeApp({ path: library, host: 'browser', version: 'test', importRunner: inProcessRunner })

/** How many times `marker` occurs in the library, its -wal and every backup (what `grep -c` would be asked). */
function occurrences(marker: string): Record<string, number> {
  const files = [library, `${library}-wal`]
  const backups = path.join(temp.path, 'backups')
  if (fs.existsSync(backups)) files.push(...fs.readdirSync(backups).map((name) => path.join(backups, name)))
  const found: Record<string, number> = {}
  const needle = Buffer.from(marker, 'utf8')
  for (const file of files) {
    if (!fs.existsSync(file)) continue
    const bytes = fs.readFileSync(file)
    let count = 0
    for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) count++
    if (count > 0) found[path.basename(file)] = count
  }
  return found
}

describe('deleting really removes', () => {
  it('leaves no trace of a deleted comment, an edited comment’s old text or a purged document', async () => {
    let app = open()
    const kept = await app.services.documents.importText('Văn bản giữ lại: hợp tác năng lượng.', { title: 'Giữ' })
    const purged = await app.services.documents.importText('Đoạn mật zqdocmarker về đàm phán.\n\nĐoạn thứ hai.', {
      title: 'Tiêu đề zqtitlemarker',
    })
    const annotation = app.services.annotations.create({
      documentId: kept.document.id,
      start: 0,
      end: 8,
      color: 'yellow',
      comment: 'Ý kiến zqcommentmarker riêng',
    })
    const edited = app.services.annotations.addComment(annotation.id, 'Bản đầu zqeditmarker', null)
    await app.store.backups.create(app.store.db)
    for (const marker of ['zqdocmarker', 'zqtitlemarker', 'zqcommentmarker', 'zqeditmarker']) {
      expect(Object.keys(occurrences(marker)).length, marker).toBeGreaterThan(0)
    }

    app.services.annotations.deleteComment(annotation.comments[0]!.id)
    app.services.annotations.editComment(edited.comments[1]!.id, 'Bản sau')
    app.services.documents.delete(purged.document.id)
    await app.shutdown()
    // The trash is emptied for good at the next start.
    app = open()
    expect(app.services.documents.list().map((summary) => summary.id)).toEqual([kept.document.id])
    expect(await app.services.backups.eraseDeletedFromBackups()).toMatchObject({ removed: expect.any(Number) })
    await app.shutdown()

    for (const marker of ['zqdocmarker', 'zqtitlemarker', 'zqcommentmarker', 'zqeditmarker']) {
      expect(occurrences(marker), marker).toEqual({})
    }
    // What was kept is still there, and still found by search.
    app = open()
    expect(app.services.annotations.list(kept.document.id)[0]!.comments.map((comment) => comment.body)).toEqual([
      'Bản sau',
    ])
    expect(fs.readdirSync(path.join(temp.path, 'backups')).length).toBeGreaterThan(0)
    await app.shutdown()
  })

  it('scrubs the library and its -wal without touching backups when the user does not ask', async () => {
    const app = open()
    const { document } = await app.services.documents.importText('Một đoạn văn.', { title: 'Tài liệu' })
    const annotation = app.services.annotations.create({
      documentId: document.id,
      start: 0,
      end: 3,
      color: 'yellow',
      comment: 'Ghi chú zqlivemarker',
    })
    app.services.annotations.deleteComment(annotation.comments[0]!.id)
    await app.shutdown()
    expect(occurrences('zqlivemarker')).toEqual({})
  })

  it('removes a document from the backups at once when the user asks, without waiting for the next start', async () => {
    const app = open()
    const { document } = await app.services.documents.importText('Đoạn zqnowmarker.', { title: 'Mật' })
    await app.store.backups.create(app.store.db)
    app.services.documents.delete(document.id)
    await app.services.backups.eraseDeletedFromBackups()
    expect(occurrences('zqnowmarker')).toEqual({})
    expect(() => app.services.documents.restore(document.id)).toThrow(
      expect.objectContaining({ code: 'documents.notFound' }),
    )
    await app.shutdown()
  })

  it('removes a deleted comment thread (comment and replies) from the file and the backups when the user asks', async () => {
    const app = open()
    const { document } = await app.services.documents.importText('Điều 3. Hợp tác năng lượng.', { title: 'Dự thảo' })
    const annotation = app.services.annotations.create({
      documentId: document.id,
      start: 0,
      end: 7,
      color: 'blue',
      comment: 'Gốc zqthreadroot',
    })
    app.services.annotations.addComment(annotation.id, 'Trả lời zqthreadreply', annotation.comments[0]!.id)
    await app.store.backups.create(app.store.db)
    expect(Object.keys(occurrences('zqthreadreply')).length).toBeGreaterThan(1)
    app.services.annotations.delete(annotation.id)
    await app.services.backups.eraseDeletedFromBackups()
    for (const marker of ['zqthreadroot', 'zqthreadreply']) expect(occurrences(marker), marker).toEqual({})
    expect(app.services.documents.list().map((summary) => summary.id)).toEqual([document.id])
    await app.shutdown()
  })
})
