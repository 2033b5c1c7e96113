import type { Annotation } from '../../src-main/common/model/annotation'
import { annotationColors } from '../../src-main/common/model/annotation'
import type { DocumentSummary, Revision } from '../../src-main/common/model/document'
import { blocksFromText, documentFrom, makeAnnotation } from './exportFixture'
import { largeTreatyText } from './largeTreatyText'

/** A large document to export: its summary, revision and annotations in reading order. */
export type LargeAnnotatedDocument = { document: DocumentSummary; revision: Revision; annotations: Annotation[] }

/**
 * A generated Vietnamese text of about `bytes` bytes with `count` annotations spread evenly over it, each a few
 * words long; every third has a comment and a tag, every sixth a reply, as a briefing at size has.
 */
export function largeAnnotatedDocument(bytes: number, count: number): LargeAnnotatedDocument {
  const { document, revision } = documentFrom(blocksFromText(largeTreatyText(bytes).text), 'Tuyển tập hiệp định')
  const text = revision.text
  const annotations: Annotation[] = []
  const step = Math.floor(text.length / count)
  for (let index = 0; index < count; index++) {
    let start = index * step
    while (start > 0 && text[start - 1] !== ' ') start++
    const end = Math.min(text.indexOf(' ', start + 20 + (index % 5) * 12), text.length)
    if (end <= start) continue
    const commented = index % 3 === 0
    annotations.push(
      makeAnnotation(
        revision,
        {
          start,
          end,
          color: annotationColors[index % annotationColors.length]!,
          author: index % 2 ? 'Nguyễn Thị Minh' : 'Иван Петров',
          ...(commented ? { comment: `Ghi chú số ${index}: cần đối chiếu.`, tags: ['Năng lượng'] } : {}),
          ...(commented && index % 2 === 0 ? { replies: [{ author: 'Trần Văn An', body: 'Đồng ý.' }] } : {}),
        },
        index,
      ),
    )
  }
  return { document: { ...document, sizeBytes: Buffer.byteLength(text) }, revision, annotations }
}
