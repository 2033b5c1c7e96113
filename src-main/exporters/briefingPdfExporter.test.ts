import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Annotation } from '../common/model/annotation'
import {
  annotatedJointStatement,
  exportInputFor,
  statementSources,
  fontsDirectory,
} from '../../tests/support/exportFixture'
import {
  createTextMeasurer,
  inspectPdf,
  normaliseText,
  quadRectangles,
  runTool,
  toolAvailable,
  textUnderRectangles,
  type PdfPage,
} from '../../tests/support/pdfInspection'
import { makeTempDirectory } from '../../tests/support/tempDirectory'
import { pageGeometry } from './briefing/pageGeometry'
import { briefingPdfExporter } from './briefingPdfExporter'
import { silentProgress } from './exporter'
import { mainComment, replies } from './selectAnnotations'

const hasPoppler = toolAvailable('pdftotext') && toolAvailable('pdffonts')
const hasQpdf = toolAvailable('qpdf')

for (const source of statementSources) {
  describe.skipIf(!source.available)(`briefing PDF of the annotated ${source.name}`, () => {
    const temp = makeTempDirectory('marginalia-pdf')
    const fixture = source.available ? annotatedJointStatement(source.text()) : null!
    const file = path.join(temp.path, 'full-text.pdf')
    let bytes: Uint8Array
    let pages: PdfPage[]

    beforeAll(async () => {
      bytes = await briefingPdfExporter.write(exportInputFor(fixture), silentProgress)
      fs.writeFileSync(file, bytes)
      pages = await inspectPdf(bytes)
    })
    afterAll(() => temp.remove())

    function highlightsOf(
      annotation: Annotation,
    ): { page: PdfPage; contents: string; author: string; quadPoints: number[]; id: string; created: string | null }[] {
      const expected = expectedContents(annotation)
      return pages.flatMap((page) =>
        page.annotations
          .filter(
            (each) => each.subtype === 'Highlight' && each.contents === expected && each.author === annotation.author,
          )
          .map((each) => ({ page, ...each })),
      )
    }

    it('puts a Highlight over exactly the annotated words, with comment, tags and author', () => {
      const measure = createTextMeasurer(fontsDirectory)
      for (const annotation of fixture.annotations) {
        const pieces = highlightsOf(annotation)
        expect(pieces.length, annotation.target.exact).toBeGreaterThan(0)
        const printed = pieces
          .map((piece) => textUnderRectangles(piece.page, quadRectangles(piece.quadPoints), measure))
          .join(' ')
        expect(normaliseText(printed)).toBe(normaliseText(annotation.target.exact))
        expect(pieces[0]!.created).toMatch(/^D:2026051/)
      }
    })

    it('lists replies as annotations in reply to their highlight', () => {
      const threaded = fixture.annotations[0]!
      const [first] = highlightsOf(threaded)
      const answers = first!.page.annotations.filter((each) => each.inReplyTo === first!.id)
      expect(answers.map((each) => [each.author, each.contents])).toEqual(
        replies(threaded).map((reply) => [reply.author, reply.body]),
      )
    })

    it.skipIf(!hasPoppler)('embeds every font as a subset (pdffonts; skipped without poppler-utils)', () => {
      const { output, status } = runTool('pdffonts', [file])
      expect(status).toBe(0)
      const rows = output
        .split('\n')
        .slice(2)
        .filter((line) => line.trim())
      expect(rows.length).toBeGreaterThan(0)
      for (const row of rows) {
        expect(row).toMatch(/^[A-Z]{6}\+Noto/)
        expect(row).toMatch(/\syes\s+yes\s+yes\s/)
      }
    })

    it.skipIf(!hasPoppler)(
      'gives back the document text when the text column is extracted (pdftotext; skipped without poppler-utils)',
      () => {
        const geometry = pageGeometry(exportInputFor(fixture).options)
        const crop = ['-r', '72', '-x', String(Math.floor(geometry.bodyX - 2)), '-y', String(geometry.bodyTop - 4)]
        crop.push(
          '-W',
          String(Math.ceil(geometry.bodyWidth + 4)),
          '-H',
          String(Math.ceil(geometry.bodyBottom - geometry.bodyTop + 8)),
        )
        const { output, status } = runTool('pdftotext', [...crop, '-enc', 'UTF-8', file, '-'])
        expect(status).toBe(0)
        expect(normaliseText(output)).toContain(normaliseText(fixture.revision.text))
      },
    )

    it.skipIf(!hasQpdf)('passes qpdf --check (skipped without qpdf)', () => {
      const { output, status } = runTool('qpdf', ['--check', file])
      expect(output).toContain('No syntax or stream encoding errors')
      expect(status).toBe(0)
    })

    it.skipIf(!hasPoppler)(
      'prints the classification line and "page x of y" on every page (pdftotext; skipped without poppler-utils)',
      () => {
        const { output } = runTool('pdftotext', ['-enc', 'UTF-8', file, '-'])
        const printedPages = output.split('\f').filter((page) => page.trim())
        expect(printedPages.length).toBe(pages.length)
        printedPages.forEach((page, index) => {
          expect(page).toContain('MẬT / CONFIDENTIAL')
          expect(page).toContain(`Trang ${index + 1}/${pages.length}`)
        })
        expect(output).toContain('Chỉ mục chú thích theo thẻ')
      },
    )
  })

  describe.skipIf(!source.available)(`other briefing layouts of the ${source.name}`, () => {
    const fixture = source.available ? annotatedJointStatement(source.text()) : null!

    it.skipIf(!hasPoppler || !hasQpdf).each([
      ['notes at the foot of the page', { notes: 'footer' as const, paper: 'Letter' as const }],
      ['excerpts', { layout: 'excerpts' as const }],
    ])(
      '%s: valid, every highlight annotated, every quote printed (skipped without poppler-utils or qpdf)',
      async (_name, options) => {
        const temp = makeTempDirectory('marginalia-pdf')
        try {
          const bytes = await briefingPdfExporter.write(exportInputFor(fixture, options, 'en'), silentProgress)
          const file = path.join(temp.path, 'briefing.pdf')
          fs.writeFileSync(file, bytes)
          expect(runTool('qpdf', ['--check', file]).status).toBe(0)
          const pages = await inspectPdf(bytes)
          const highlights = pages.flatMap((page) => page.annotations).filter((each) => each.subtype === 'Highlight')
          for (const annotation of fixture.annotations) {
            expect(highlights.some((each) => each.contents === expectedContents(annotation, 'Tags'))).toBe(true)
          }
          const text = normaliseText(runTool('pdftotext', ['-enc', 'UTF-8', file, '-']).output)
          expect(text).toContain('Page 1 of')
          for (const annotation of fixture.annotations) {
            for (const word of annotation.target.exact.split(/\s+/).slice(0, 3))
              expect(text).toContain(normaliseText(word))
          }
        } finally {
          temp.remove()
        }
      },
    )
  })

  function expectedContents(annotation: Annotation, tagsLabel = 'Thẻ'): string {
    const tags = annotation.tags.length ? `${tagsLabel}: ${annotation.tags.map((tag) => tag.name).join(', ')}` : ''
    return [mainComment(annotation)?.body ?? '', tags].filter(Boolean).join('\n\n')
  }
}
