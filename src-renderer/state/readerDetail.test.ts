import { describe, expect, it } from 'vitest'
import type { ReaderDocument } from '@common/api/documentsApi'
import { readerDetail } from './readerDetail'

const summary = { id: 'd' } as ReaderDocument['summary']
const revision = { id: 'r', documentId: 'd', number: 1, contentHash: 'h', createdAt: '2026-01-01T00:00:00.000Z' }
const blocks: ReaderDocument['revision']['blocks'] = [
  { kind: 'heading', level: 1, length: 6, text: 'Điều 1' },
  { kind: 'paragraph', length: 10, marks: [{ start: 0, end: 3, bold: true }] },
  { kind: 'paragraph', length: 8 },
  { kind: 'paragraph', length: 7 },
]
const whole = 'Điều 1\n1. Hai bên\n2. Đường\n3. Sắt.'

describe('readerDetail', () => {
  it('rebuilds the blocks and the text from the whole part', () => {
    const { detail, complete } = readerDetail({
      summary,
      readingPosition: null,
      revision: { ...revision, blocks, text: whole, firstBlock: 0, whole: true },
    })
    expect(complete).toBe(true)
    expect(detail.revision.text).toBe(whole)
    expect(detail.revision.blocks.map((block) => block.text)).toEqual(whole.split('\n'))
    expect(detail.revision.blocks[1]).toEqual({ kind: 'paragraph', text: '1. Hai bên', marks: blocks[1]!.marks })
  })

  it('stands spaces of the right length in for blocks not sent yet, so offsets stay right', () => {
    const { detail, complete } = readerDetail({
      summary,
      readingPosition: { offset: 18 },
      revision: { ...revision, blocks, text: '2. Đường', firstBlock: 2, whole: false },
    })
    expect(complete).toBe(false)
    expect(detail.revision.blocks.map((block) => block.text)).toEqual([
      'Điều 1',
      ' '.repeat(10),
      '2. Đường',
      ' '.repeat(7),
    ])
    expect(detail.revision.text.length).toBe(whole.length)
  })
})
