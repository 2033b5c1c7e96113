import path from 'node:path'
import PDFDocument from 'pdfkit'
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

const notoSerif = path.resolve('node_modules/@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf')

/** A one-page PDF with `count` highlight annotations over its one line. */
async function pdfWithHighlights(count: number): Promise<Uint8Array> {
  const document = new PDFDocument({ size: 'A4', margin: 72, font: notoSerif })
  const chunks: Buffer[] = []
  document.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<void>((resolve) => document.on('end', () => resolve()))
  document.fontSize(12).text('Hai bên nhất trí tăng cường hợp tác.', 72, 72)
  // pdfkit's y runs down from the top; PDF's up from the bottom.
  const page = document.page as unknown as { annotations: unknown[] }
  const top = 841.89 - 72
  for (let index = 0; index < count; index += 1) {
    const ref = document.ref({
      Type: 'Annot',
      Subtype: 'Highlight',
      Rect: [72, top - 14, 200, top],
      QuadPoints: [72, top, 200, top, 72, top - 14, 200, top - 14],
      Contents: new String(`spam ${index}`),
    })
    page.annotations.push(ref)
    ;(ref as unknown as { end(): void }).end()
  }
  document.end()
  await done
  return new Uint8Array(Buffer.concat(chunks))
}

describe('a hostile PDF', () => {
  it('with 100,000 annotations imports its text alone, and says why the annotations were left out', async () => {
    const parsed = await parseFile({ name: 'spam.pdf', bytes: await pdfWithHighlights(100_000), options: {} })
    expect(canonicalText(parsed.blocks)).toBe('Hai bên nhất trí tăng cường hợp tác.')
    expect(parsed.incoming).toEqual([])
    expect(parsed.warnings).toContainEqual({ code: 'import.annotationsTooMany', params: { count: 100_000 } })
  }, 120_000)

  it('with 6,000 annotations keeps the first 5,000 and says how many were left out', async () => {
    const parsed = await parseFile({ name: 'many.pdf', bytes: await pdfWithHighlights(6000), options: {} })
    expect(parsed.incoming).toHaveLength(5000)
    expect(parsed.incoming![0]!.comments[0]!.body).toBe('spam 0')
    expect(parsed.warnings).toContainEqual({ code: 'import.annotationsLeftOut', params: { count: 1000 } })
  }, 120_000)
})
