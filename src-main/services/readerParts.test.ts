import { describe, expect, it } from 'vitest'
import type { Block } from '../common/model/document'
import { readerLayoutOf } from '../common/model/readerLayout'
import { readerRevision, type StoredText } from './readerParts'

const header = { id: 'r', documentId: 'd', number: 1, contentHash: 'h', createdAt: '2026-01-01T00:00:00.000Z' }

/** A revision of `count` blocks of about 1,000 characters, a heading every tenth (`wide`: with emoji in some). */
function longRevision(count: number, wide = false) {
  const texts: string[] = []
  const blocks: Block[] = []
  for (let index = 0; index < count; index++) {
    const heading = index % 10 === 0
    const body = `${index}. ${'Hai bên nhất trí thúc đẩy hợp tác. '.repeat(28)}${wide && index % 7 === 0 ? '🤝🌏' : ''}`
    texts.push(heading ? `Phần ${index}` : body)
    blocks.push(heading ? { kind: 'heading', level: 1, text: texts[index]! } : { kind: 'paragraph', text: body })
  }
  const text = texts.join('\n')
  /** What was read of the stored text: each slice, and 'whole'. */
  const slices: string[] = []
  // As SQLite stores it: substr() counts characters (code points), not UTF-16 units.
  const characters = Array.from(text)
  const stored: StoredText = {
    whole: () => {
      slices.push('whole')
      return text
    },
    slice: (start, count) => {
      slices.push(`${start}+${count}`)
      return characters.slice(start, start + count).join('')
    },
  }
  const read = (part: 'window' | 'whole', offset: number) =>
    readerRevision(header, readerLayoutOf(blocks), stored, part, offset)
  return { text, texts, read, slices }
}

describe('readerRevision', () => {
  it('sends a short text whole in the first part', () => {
    const { text, read } = longRevision(20)
    expect(read('window', 0)).toMatchObject({ whole: true, firstBlock: 0, text })
  })

  it('sends the blocks around the reading position, with every length and every heading', () => {
    const { text, texts, read, slices } = longRevision(2_000)
    const at = 1_200
    const offset = texts.slice(0, at).join('\n').length + 1 + 5
    const part = read('window', offset)
    expect(part.whole).toBe(false)
    expect(part.text.length).toBeLessThan(text.length / 5)
    // Only the window's text was read.
    expect(slices).toEqual([expect.stringMatching(/^\d+\+\d+$/)])
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
    const { text, texts, read } = longRevision(2_000)
    expect(read('whole', 0).text).toBe(text)
    const last = read('window', text.length + 100)
    expect(last.text.endsWith(texts[1_999]!)).toBe(true)
  })

  it('cuts the right blocks out of a text with characters outside the BMP before and inside the window', () => {
    const { text, texts, read, slices } = longRevision(2_000, true)
    const offset = texts.slice(0, 1_500).join('\n').length + 1
    const part = read('window', offset)
    const sent = part.text.split('\n')
    expect(sent).toEqual(texts.slice(part.firstBlock, part.firstBlock + sent.length))
    expect(part.text).toContain('🤝🌏')
    expect(text.includes(part.text)).toBe(true)
    expect(slices).toEqual([expect.stringMatching(/^\d+\+\d+$/)])
  })
})
