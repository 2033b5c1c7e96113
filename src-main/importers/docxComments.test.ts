import { describe, expect, it } from 'vitest'
import { canonicalText } from '../common/text/canonicalText'
import { commentedDocx, run, threadedDraftDocx } from '../../tests/support/commentedDocx'
import { parseFile } from './parseFile'

const parse = (bytes: Uint8Array) => parseFile({ name: 'dự thảo.docx', bytes, options: {} })

describe('Word comments on import', () => {
  it('become threads over their exact ranges, with replies, resolved state and tracked changes accepted', async () => {
    const parsed = await parse(threadedDraftDocx())
    const text = canonicalText(parsed.blocks)
    expect(text).toBe('9. Hai bên nhất trí tăng cường hợp tác.\nСтороны согласились расширить сотрудничество.')
    expect(parsed.trackedChanges).toBe(2)
    expect(parsed.warnings).toContainEqual({ code: 'import.trackedChangesAccepted', params: { count: 2 } })
    const incoming = parsed.incoming!
    expect(incoming).toHaveLength(3)
    const quoted = incoming.map((annotation) => text.slice(annotation.span!.start, annotation.span!.end))
    expect(quoted).toEqual(['nhất trí tăng cường', 'tăng cường hợp tác', 'согласились'])
    const [thread, overlapping, point] = incoming
    expect(thread!.resolved).toBe(true)
    expect(thread!.author).toBe('Nguyễn Thị Lan')
    expect(thread!.comments).toEqual([
      {
        author: 'Nguyễn Thị Lan',
        body: 'Cần làm rõ.\nXem Điều 3.',
        createdAt: '2026-05-10T09:00:00.000Z',
        parent: null,
      },
      { author: 'Иван Петров', body: 'Согласен.', createdAt: '2026-05-11T09:00:00.000Z', parent: 0 },
      { author: 'Nguyễn Thị Lan', body: 'Cảm ơn.', createdAt: '2026-05-11T10:00:00.000Z', parent: 1 },
    ])
    expect(overlapping!.resolved).toBe(false)
    expect(point!.comments[0]!.body).toBe('Первая строка\nВторая строка')
  })

  it('imports the text without comments when the comments part is malformed, and says so', async () => {
    const parsed = await parse(commentedDocx([run('Hai bên nhất trí.')], [], '<w:comments><w:comment w:id="0">'))
    expect(canonicalText(parsed.blocks)).toBe('Hai bên nhất trí.')
    expect(parsed.incoming).toEqual([])
    expect(parsed.warnings).toContainEqual({ code: 'import.commentsUnreadable' })
  })
})
