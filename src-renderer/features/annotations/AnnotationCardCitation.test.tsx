// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Annotation } from '@common/model/annotation'
import type { Block, DocumentSummary, Revision } from '@common/model/document'
import { canonicalText } from '@common/text/canonicalText'
import { changeLanguage, setupI18n } from '../../i18n/setup'
import { readerStore } from '../../state/readerStore'
import { AnnotationCard } from './AnnotationCard'

const blocks: Block[] = [
  { kind: 'paragraph', text: '11. Hai bên khẳng định tầm quan trọng của hợp tác năng lượng.' },
  { kind: 'paragraph', text: 'Hai bên hoan nghênh kết quả của Ủy ban liên Chính phủ.' },
]
const text = canonicalText(blocks)
const at = '2026-05-10T09:00:00.000Z'
const revision: Revision = { id: 'r1', documentId: 'd1', number: 1, blocks, text, contentHash: 'x', createdAt: at }

function annotationOn(phrase: string): Annotation {
  const start = text.indexOf(phrase)
  return {
    id: phrase,
    documentId: 'd1',
    revisionId: 'r1',
    color: 'green',
    target: { start, end: start + phrase.length, exact: phrase, prefix: '', suffix: '' },
    paragraphLabel: '11',
    author: 'Nguyễn Thị Minh',
    createdAt: at,
    updatedAt: at,
    resolvedAt: null,
    anchorStatus: 'anchored',
    carryOver: null,
    tags: [],
    comments: [],
  }
}

/** What the card shows as its paragraph. */
function shownCitation(annotation: Annotation): string {
  const html = renderToStaticMarkup(
    <AnnotationCard annotation={annotation} selected={false} expanded={false} onKeyDown={() => undefined} />,
  )
  return /<span class="card__paragraph">([^<]*)<\/span>/u.exec(html)?.[1] ?? ''
}

describe('the panel cites the paragraph a passage is in', () => {
  beforeAll(async () => {
    await setupI18n('en')
    readerStore.set({
      status: 'open',
      detail: { summary: { id: 'd1' } as DocumentSummary, revision, readingPosition: null },
    })
  })

  it('"¶ 11" for the numbered paragraph, "¶ 11, 2nd para." / "¶ 11, đoạn 2" for the one after it', async () => {
    expect(shownCitation(annotationOn('Hai bên khẳng định'))).toBe('¶ 11')
    expect(shownCitation(annotationOn('Hai bên hoan nghênh'))).toBe('¶ 11, 2nd para.')
    await changeLanguage('vi')
    expect(shownCitation(annotationOn('Hai bên hoan nghênh'))).toBe('¶ 11, đoạn 2')
  })
})
