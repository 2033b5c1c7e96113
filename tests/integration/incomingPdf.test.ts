import { describe, expect, it } from 'vitest'
import { briefingPdfExporter } from '../../src-main/exporters/briefingPdfExporter'
import { silentProgress } from '../../src-main/exporters/exporter'
import { canonicalText } from '../../src-main/common/text/canonicalText'
import { parseFile } from '../../src-main/importers/parseFile'
import { blocksFromText, documentFrom, exportInputFor, find, makeAnnotation } from '../support/exportFixture'

const paragraph = (number: number) =>
  `${number}. Hai bên nhất trí tiếp tục tăng cường hợp tác trong lĩnh vực năng lượng, giao thông vận tải và giáo dục, ` +
  `đồng thời thúc đẩy trao đổi đoàn các cấp nhằm củng cố quan hệ đối tác chiến lược toàn diện giữa hai nước.`

/** A draft long enough for several pages, with highlights inside a line, across a line break and a page break. */
function annotatedDraft() {
  const body = Array.from({ length: 40 }, (_, index) => paragraph(index + 1)).join('\n\n')
  const text = `Tuyên bố chung\n\n${body}\n\nСтороны подтвердили приверженность сотрудничеству.`
  const fixture = documentFrom(blocksFromText(text), 'Tuyên bố chung')
  const revisionText = fixture.revision.text
  const across = (from: string, to: string, occurrence = 0) => {
    const start = find(revisionText, from, occurrence).start
    return { start, end: find(revisionText.slice(start), to).end + start }
  }
  const annotations = [
    makeAnnotation(fixture.revision, {
      ...find(revisionText, 'trao đổi đoàn', 2),
      color: 'green',
      author: 'Nguyễn Thị Lan',
      comment: 'Cần làm rõ cấp nào.',
      replies: [{ author: 'Иван Петров', body: 'Согласен.' }],
    }),
    makeAnnotation(fixture.revision, {
      ...across('giáo dục, đồng thời', 'quan hệ đối tác', 5),
      color: 'yellow',
      author: 'Trần Văn An',
      comment: 'Qua dòng.',
    }),
    makeAnnotation(fixture.revision, { ...find(revisionText, 'приверженность'), color: 'blue', author: 'Иван Петров' }),
  ]
  return { ...fixture, annotations }
}

describe('PDF annotations come in as annotations', () => {
  it('round-trips our briefing PDF: the same annotations over the same words, replies as replies', async () => {
    const fixture = annotatedDraft()
    const pdf = await briefingPdfExporter.write(exportInputFor(fixture, { notes: 'footer' }), silentProgress)
    const parsed = await parseFile({ name: 'briefing.pdf', bytes: pdf, options: {} })
    const text = canonicalText(parsed.blocks)
    const squash = (value: string) => value.replace(/\s+/g, ' ')
    const incoming = parsed.incoming!
    const seen = incoming.map((annotation) => ({
      quote: annotation.span ? squash(text.slice(annotation.span.start, annotation.span.end)) : null,
      color: annotation.color,
      author: annotation.author,
      thread: annotation.comments.map((comment) => [comment.author, comment.body, comment.parent]),
    }))
    expect(seen).toEqual(
      fixture.annotations.map((annotation) => ({
        quote: squash(annotation.target.exact),
        color: annotation.color,
        author: annotation.author,
        thread: annotation.comments.map((comment, index) => [comment.author, comment.body, index === 0 ? null : 0]),
      })),
    )
  }, 60_000)
})
