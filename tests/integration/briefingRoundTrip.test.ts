import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../src-main/common/model/annotation'
import type { Block } from '../../src-main/common/model/document'
import { canonicalText } from '../../src-main/common/text/canonicalText'
import { briefingPdfExporter } from '../../src-main/exporters/briefingPdfExporter'
import { silentProgress } from '../../src-main/exporters/exporter'
import { parseFile } from '../../src-main/importers/parseFile'
import { blocksFromText, documentFrom, exportInputFor, find, makeAnnotation } from '../support/exportFixture'
import { generatedJointStatement } from '../support/generatedStatement'
import { inspectPdf } from '../support/pdfInspection'

const pageBreakComment = 'Đoạn này chạy qua trang sau: xem cả hai trang.'

/** The generated statement with highlights inside a line, across paragraphs, over each other and across a page. */
function annotatedStatement() {
  const fixture = documentFrom(blocksFromText(generatedJointStatement(18)), 'Tuyên bố chung')
  const text = fixture.revision.text
  const from = (start: string, end: string) => ({ start: find(text, start).start, end: find(text, end).end })
  /** Where numbered paragraph `number` starts ("2026." elsewhere in the text is not it). */
  const paragraph = (number: number) => find(text, `\n${number}. `).start + 1
  const annotations: Annotation[] = [
    makeAnnotation(fixture.revision, {
      ...find(text, 'quan hệ hữu nghị truyền thống là tài sản quý báu'),
      color: 'green',
      author: 'Nguyễn Thị Lan',
      comment: 'Giữ nguyên câu chữ này.',
      replies: [
        { author: 'Иван Петров', body: 'Согласен.' },
        { author: 'Trần Văn An', body: 'Đồng ý, cần số liệu.' },
      ],
    }),
    makeAnnotation(fixture.revision, {
      ...find(text, 'tài sản quý báu của nhân dân hai nước'),
      color: 'blue',
      author: 'Trần Văn An',
      comment: 'Chồng lên đoạn tô xanh lá.',
    }),
    makeAnnotation(fixture.revision, {
      ...from('9. Hai bên nhất trí tăng cường', 'Trung tâm khoa học và công nghệ hạt nhân'),
      color: 'orange',
      author: 'Nguyễn Thị Lan',
      comment: 'Đoạn 9 và đoạn tiếp theo.',
    }),
    // Fourteen paragraphs of two or three lines, over a page: this crosses from one page to the next (checked below).
    makeAnnotation(fixture.revision, {
      start: paragraph(13),
      end: paragraph(26) + '26.'.length,
      color: 'yellow',
      author: 'Trần Văn An',
      comment: pageBreakComment,
    }),
    makeAnnotation(fixture.revision, {
      ...find(text, 'приверженность принципам Устава ООН'),
      color: 'pink',
      author: 'Иван Петров',
    }),
  ]
  return { ...fixture, annotations }
}

const shape = (blocks: readonly Block[]) => blocks.map((block) => [block.kind, block.text])

describe.each(['margin', 'footer'] as const)('a briefing PDF with notes in the %s, imported back', (notes) => {
  it('gives the same paragraphs, and its annotations over the same words with their comments', async () => {
    const fixture = annotatedStatement()
    const pdf = await briefingPdfExporter.write(exportInputFor(fixture, { notes }), silentProgress)

    // The long highlight really is cut by a page break: one native highlight on each of two pages.
    const pages = await inspectPdf(pdf)
    const carrying = pages.filter((page) =>
      page.annotations.some(
        (annotation) => annotation.subtype === 'Highlight' && annotation.contents === pageBreakComment,
      ),
    )
    expect(carrying.length).toBeGreaterThanOrEqual(2)

    const parsed = await parseFile({ name: 'briefing.pdf', bytes: pdf, options: {} })
    // The document's paragraphs, and nothing else: no title page, notes, markers, page furniture or index.
    expect(shape(parsed.blocks)).toEqual(shape(fixture.revision.blocks))
    expect(canonicalText(parsed.blocks)).toBe(fixture.revision.text)

    const back = [...parsed.incoming!]
      .sort((a, b) => (a.span?.start ?? -1) - (b.span?.start ?? -1) || (a.span?.end ?? -1) - (b.span?.end ?? -1))
      .map((annotation) => ({
        span: annotation.span,
        color: annotation.color,
        author: annotation.author,
        thread: annotation.comments.map((comment) => [comment.author, comment.body, comment.parent]),
      }))
    const sent = [...fixture.annotations]
      .sort((a, b) => a.target.start - b.target.start || a.target.end - b.target.end)
      .map((annotation) => ({
        span: { start: annotation.target.start, end: annotation.target.end },
        color: annotation.color,
        author: annotation.author,
        thread: annotation.comments.map((comment, index) => [comment.author, comment.body, index === 0 ? null : 0]),
      }))
    expect(back).toEqual(sent)
  }, 60_000)
})
