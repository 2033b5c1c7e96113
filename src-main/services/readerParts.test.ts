import { describe, expect, it } from 'vitest'
import type { BlockLayout, RevisionLayout } from '../common/model/document'
import { readerRevision } from './readerParts'

/** A revision of `count` blocks of about 1,000 characters, a heading every tenth. */
function longRevision(count: number): { revision: RevisionLayout; texts: string[] } {
  const texts: string[] = []
  const layout: BlockLayout[] = []
  for (let index = 0; index < count; index++) {
    const heading = index % 10 === 0
    texts.push(heading ? `Phần ${index}` : `${index}. ${'Hai bên nhất trí thúc đẩy hợp tác. '.repeat(28)}`)
    layout.push(heading ? { kind: 'heading', level: 1 } : { kind: 'paragraph' })
  }
  const revision = {
    id: 'r',
    documentId: 'd',
    number: 1,
    layout,
    text: texts.join('\n'),
    contentHash: 'h',
    createdAt: '2026-01-01T00:00:00.000Z',
  }
  return { revision, texts }
}

describe('readerRevision', () => {
  it('sends a short text whole in the first part', () => {
    const { revision } = longRevision(20)
    const part = readerRevision(revision, 'window', 0)
    expect(part).toMatchObject({ whole: true, firstBlock: 0, text: revision.text })
  })

  it('sends the blocks around the reading position, with every length and every heading', () => {
    const { revision, texts } = longRevision(2_000)
    const at = 1_200
    const offset = texts.slice(0, at).join('\n').length + 1 + 5
    const part = readerRevision(revision, 'window', offset)
    expect(part.whole).toBe(false)
    expect(part.text.length).toBeLessThan(revision.text.length / 5)
    const sent = part.text.split('\n')
    // Whole blocks from before the position to after it, exactly as they are in the revision.
    expect(part.firstBlock).toBeLessThan(at)
    expect(part.firstBlock + sent.length).toBeGreaterThan(at + 50)
    expect(sent).toEqual(texts.slice(part.firstBlock, part.firstBlock + sent.length))
    expect(part.blocks.map((block) => block.length)).toEqual(texts.map((text) => text.length))
    expect(part.blocks[1_990]).toEqual({ kind: 'heading', level: 1, length: 9, text: 'Phần 1990' })
    expect(part.blocks[1_991]).toEqual({ kind: 'paragraph', length: texts[1_991]!.length })
  })

  it('sends the whole text when asked, and a window at the end for a position past it', () => {
    const { revision, texts } = longRevision(2_000)
    expect(readerRevision(revision, 'whole', 0).text).toBe(revision.text)
    const last = readerRevision(revision, 'window', revision.text.length + 100)
    expect(last.text.endsWith(texts[1_999]!)).toBe(true)
  })
})
