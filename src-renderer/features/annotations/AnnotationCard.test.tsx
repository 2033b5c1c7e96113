// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { Annotation } from '@common/model/annotation'
import { AnnotationCard } from './AnnotationCard'

const at = '2026-05-10T09:00:00.000Z'
const annotation: Annotation = {
  id: 'a1',
  documentId: 'd1',
  revisionId: 'r1',
  color: 'yellow',
  target: { start: 0, end: 16, exact: 'Hai bên nhất trí', prefix: '', suffix: ' tăng cường' },
  paragraphLabel: '10',
  author: 'Nguyễn Thị Minh',
  createdAt: at,
  updatedAt: at,
  resolvedAt: null,
  anchorStatus: 'anchored',
  carryOver: null,
  tags: [],
  comments: [
    {
      id: 'c1',
      annotationId: 'a1',
      parentId: null,
      author: 'Nguyễn Thị Minh',
      body: '**Quan trọng**: xem *bản tiếng Nga* và [UNCLOS](https://un.org/unclos)\n- điểm một',
      createdAt: at,
      updatedAt: at,
    },
  ],
}

describe('the collapsed annotation card', () => {
  it('shows the comment with bold, italic and link text, not raw Markdown marks', () => {
    const html = renderToStaticMarkup(
      <AnnotationCard annotation={annotation} selected={false} expanded={false} onKeyDown={() => undefined} />,
    )
    const comment = /<span class="card__comment">([\s\S]*?)<\/span><span class="card__meta">/u.exec(html)![1]!
    expect(comment).toContain('<strong>Quan trọng</strong>')
    expect(comment).toContain('<em>bản tiếng Nga</em>')
    expect(comment.replace(/<[^>]+>/gu, '')).toBe(
      'Quan trọng: xem bản tiếng Nga và UNCLOS (https://un.org/unclos) • điểm một',
    )
  })
})
