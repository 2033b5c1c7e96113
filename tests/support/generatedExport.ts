import { paragraphLabelAt } from '../../src-main/common/anchoring/paragraphLabel'
import type { Annotation } from '../../src-main/common/model/annotation'
import type { Block, DocumentSummary, Revision } from '../../src-main/common/model/document'
import { blockStartOffsets } from '../../src-main/common/text/canonicalText'
import { documentFrom, find, makeAnnotation } from './exportFixture'

/** What a generated annotation says: the passage it covers and the comment, replies and tags on it. */
export type GeneratedNote = {
  phrase: string
  comment?: string
  replies?: string[]
  tags?: string[]
  author?: string
}

/** The blocks of a short generated draft (no corpus needed): a heading, numbered and unnumbered paragraphs. */
export const generatedBlocks: Block[] = [
  { kind: 'heading', text: 'Tuyên bố chung', level: 1 },
  { kind: 'paragraph', text: '10. Hai bên nhất trí tăng cường hợp tác kinh tế.' },
  { kind: 'paragraph', text: '11. Hai bên khẳng định tầm quan trọng của hợp tác năng lượng.' },
  { kind: 'paragraph', text: 'Hai bên hoan nghênh kết quả của Ủy ban liên Chính phủ.' },
  { kind: 'paragraph', text: 'Nga sẵn sàng hỗ trợ đào tạo chuyên gia.' },
  { kind: 'listItem', text: '- Nga và Việt Nam phối hợp tại Liên hợp quốc.', level: 1 },
  { kind: 'paragraph', text: '12. Hai bên nhất trí về biển theo UNCLOS 1982.' },
]

/** A generated document with one annotation per note, in reading order, labelled as the app labels them. */
export function generatedAnnotatedDocument(
  notes: GeneratedNote[],
  blocks: Block[] = generatedBlocks,
): { document: DocumentSummary; revision: Revision; annotations: Annotation[] } {
  const { document, revision } = documentFrom(blocks, 'Tuyên bố chung (bản thử)')
  const starts = blockStartOffsets(blocks)
  const annotations = notes.map((note, index) => {
    const annotation = makeAnnotation(
      revision,
      {
        ...find(revision.text, note.phrase),
        color: 'yellow',
        author: note.author ?? 'Nguyễn Thị Minh',
        comment: note.comment,
        tags: note.tags,
        replies: (note.replies ?? []).map((body) => ({ author: 'Trần Văn An', body })),
      },
      index + 1,
    )
    return { ...annotation, paragraphLabel: paragraphLabelAt(blocks, starts, annotation.target.start) }
  })
  return { document, revision, annotations }
}
