import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Annotation } from '../../src-main/common/model/annotation'
import { AnnotationsRepository } from '../../src-main/db/repositories/annotationsRepository'
import { RevisionsRepository } from '../../src-main/db/repositories/revisionsRepository'
import { DocumentsRepository } from '../../src-main/db/repositories/documentsRepository'
import { docxExporter } from '../../src-main/exporters/docxExporter'
import { silentProgress } from '../../src-main/exporters/exporter'
import { commentedDocx, run, threadedDraftDocx } from '../support/commentedDocx'
import { createDocumentsHarness, fileOf } from '../support/documentsHarness'
import { exportInputFor } from '../support/exportFixture'
import { makeTempDirectory } from '../support/tempDirectory'

/** An annotation as a user sees it in the panel: the words, who, resolved, and the thread with who answered whom. */
function asSeen(annotation: Annotation) {
  const byId = new Map(annotation.comments.map((comment) => [comment.id, comment]))
  return {
    exact: annotation.target.exact,
    anchored: annotation.anchorStatus,
    resolved: annotation.resolvedAt !== null,
    thread: annotation.comments.map((comment) => ({
      author: comment.author,
      body: comment.body,
      answers: comment.parentId ? (byId.get(comment.parentId)?.body ?? '?') : null,
    })),
  }
}

describe('Word comments come in as annotations', () => {
  let harness: ReturnType<typeof createDocumentsHarness>
  let annotations: AnnotationsRepository
  const rows = (table: 'annotations' | 'comments'): number =>
    (harness.database.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
  beforeEach(() => {
    harness = createDocumentsHarness()
    annotations = new AnnotationsRepository(harness.database.db)
  })
  afterEach(() => harness.remove())

  it('previews the counts, then stores each thread over its exact range with replies and resolved state', async () => {
    const file = fileOf('Dự thảo có bình luận.docx', threadedDraftDocx())
    const preview = await harness.service.previewImport(file)
    expect(preview.incoming).toEqual({ annotations: 3, comments: 5, people: 3, unplaced: 0, trackedChanges: 2 })
    expect(rows('annotations')).toBe(0)

    const { document, warnings } = await harness.service.import(file, {})
    expect(warnings).toContainEqual({ code: 'import.trackedChangesAccepted', params: { count: 2 } })
    expect(document.annotationCount).toBe(3)
    const stored = annotations.listForDocument(document.id)
    expect(stored.map((annotation) => [annotation.target.start, annotation.target.end])).toEqual([
      [11, 30],
      [20, 38],
      [48, 59],
    ])
    expect(stored.map(asSeen)).toEqual([
      {
        exact: 'nhất trí tăng cường',
        anchored: 'anchored',
        resolved: true,
        thread: [
          { author: 'Nguyễn Thị Lan', body: 'Cần làm rõ.\nXem Điều 3.', answers: null },
          { author: 'Иван Петров', body: 'Согласен.', answers: 'Cần làm rõ.\nXem Điều 3.' },
          { author: 'Nguyễn Thị Lan', body: 'Cảm ơn.', answers: 'Согласен.' },
        ],
      },
      {
        exact: 'tăng cường hợp tác',
        anchored: 'anchored',
        resolved: false,
        thread: [{ author: 'Trần Văn An', body: 'Chồng lên bình luận trước.', answers: null }],
      },
      {
        exact: 'согласились',
        anchored: 'anchored',
        resolved: false,
        thread: [{ author: 'Иван Петров', body: 'Первая строка\nВторая строка', answers: null }],
      },
    ])
    expect(stored[0]!.paragraphLabel).toBe('9')
    expect(stored[0]!.author).toBe('Nguyễn Thị Lan')
    expect(stored[0]!.createdAt).toBe('2026-05-10T09:00:00.000Z')
  })

  it('leaves no annotation behind when the import is refused', async () => {
    const file = fileOf('Dự thảo.docx', threadedDraftDocx())
    await harness.service.import(file, {})
    const before = [rows('annotations'), rows('comments')]
    await expect(harness.service.import(file, {})).rejects.toMatchObject({ code: 'import.duplicate' })
    expect([rows('annotations'), rows('comments')]).toEqual(before)
  })

  it('imports the text alone when the comments part is huge, and says so', async () => {
    const huge = `<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${'<w:comment w:id="1" w:author="x"><w:p><w:r><w:t>spam</w:t></w:r></w:p></w:comment>'.repeat(250_000)}</w:comments>`
    const { document, warnings } = await harness.service.import(
      fileOf('huge.docx', commentedDocx([run('Hai bên nhất trí.')], [], huge)),
      {},
    )
    expect(warnings).toContainEqual({ code: 'import.commentsUnreadable' })
    expect(document.annotationCount).toBe(0)
  })

  it('round-trips our own DOCX export: the same annotations over the same words, with the same threads', async () => {
    const first = await harness.service.import(fileOf('Dự thảo.docx', threadedDraftDocx()), {})
    const documents = new DocumentsRepository(harness.database.db)
    const revision = new RevisionsRepository(harness.database.db).current(first.document.id)!
    const original = annotations.listForDocument(first.document.id)
    const exported = await docxExporter.write(
      exportInputFor({ document: documents.getSummary(first.document.id)!, revision, annotations: original }),
      silentProgress,
    )
    const again = await harness.service.import(fileOf('Xuất lại.docx', exported), { allowDuplicate: true })
    expect(again.document.contentHash).toBe(first.document.contentHash)
    const back = annotations.listForDocument(again.document.id)
    // Word threads are one level deep: our export writes every reply as an answer to the thread's first comment.
    const flat = (annotation: Annotation) => {
      const seen = asSeen(annotation)
      return { ...seen, thread: seen.thread.map((comment) => ({ ...comment, answers: comment.answers !== null })) }
    }
    expect(back.map(flat)).toEqual(original.map(flat))
    expect(back.map((annotation) => annotation.target.start)).toEqual(
      original.map((annotation) => annotation.target.start),
    )
  })
})

const sofficeMissing = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 })
    return false
  } catch {
    return true
  }
})()

describe.skipIf(sofficeMissing)('Word comments written by LibreOffice (needs soffice; skipped without it)', () => {
  it('come in over their ranges with their authors', async () => {
    const temp = makeTempDirectory('marginalia-soffice')
    const harness = createDocumentsHarness()
    try {
      const source = path.join(temp.path, 'binh-luan.fodt')
      fs.writeFileSync(source, flatOdtWithComments())
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${path.join(temp.path, 'profile')}`,
          '--headless',
          '--convert-to',
          'docx',
          '--outdir',
          temp.path,
          source,
        ],
        { stdio: 'ignore', timeout: 120_000 },
      )
      const bytes = fs.readFileSync(path.join(temp.path, 'binh-luan.docx'))
      const { document } = await harness.service.import(fileOf('binh-luan.docx', bytes), {})
      const stored = new AnnotationsRepository(harness.database.db).listForDocument(document.id)
      expect(stored.map((annotation) => annotation.target.exact)).toEqual(['nhất trí', 'сотрудничество'])
      expect(stored.map((annotation) => annotation.comments.map((comment) => [comment.author, comment.body]))).toEqual([
        [['Nguyễn Thị Lan', 'Cần làm rõ.']],
        [['Иван Петров', 'Первая строка\nВторая строка']],
      ])
    } finally {
      harness.remove()
      temp.remove()
    }
  }, 180_000)
})

/** A flat ODT with two comments over ranges, one Vietnamese, one Russian with two paragraphs. */
function flatOdtWithComments(): string {
  const annotation = (name: string, author: string, paragraphs: string[]) =>
    `<office:annotation office:name="${name}"><dc:creator>${author}</dc:creator><dc:date>2026-05-10T09:00:00</dc:date>${paragraphs
      .map((text) => `<text:p>${text}</text:p>`)
      .join('')}</office:annotation>`
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
  office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text>
<text:p>Hai bên ${annotation('a1', 'Nguyễn Thị Lan', ['Cần làm rõ.'])}nhất trí<office:annotation-end office:name="a1"/> tăng cường hợp tác.</text:p>
<text:p>Стороны расширят ${annotation('a2', 'Иван Петров', ['Первая строка', 'Вторая строка'])}сотрудничество<office:annotation-end office:name="a2"/>.</text:p>
</office:text></office:body></office:document>`
}
