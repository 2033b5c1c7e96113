import { describe, expect, it } from 'vitest'
import type { ReaderDocument } from '@common/api/documentsApi'
import { blockStartOffsets } from '@common/text/canonicalText'
import { readerDetail } from './readerDetail'
import { fetchRestOfText, sliceRanges } from './restOfText'

const summary = { id: 'd' } as ReaderDocument['summary']
const revision = { id: 'r', documentId: 'd', number: 1, contentHash: 'h', createdAt: '2026-01-01T00:00:00.000Z' }

/** 3,000 blocks of a long text (some empty, a heading every hundredth) and its first part around block `at`. */
function longText(at: number) {
  const texts = Array.from({ length: 3_000 }, (_, index) =>
    index % 100 === 0 ? `Chương ${index / 100}` : index % 37 === 0 ? '' : `Điều ${index}. Hai bên nhất trí 🤝.`,
  )
  const blocks = texts.map((text, index) =>
    index % 100 === 0
      ? { kind: 'heading' as const, level: 1, length: text.length, text }
      : { kind: 'paragraph' as const, length: text.length },
  )
  const from = at - 20
  const to = at + 40
  const opened: ReaderDocument = {
    summary,
    readingPosition: null,
    revision: { ...revision, blocks, text: texts.slice(from, to).join('\n'), firstBlock: from, whole: false },
  }
  return { texts, opened }
}

describe('the rest of a long text', () => {
  it('is asked for in slices of whole blocks that cover every block outside the first window once', async () => {
    const { texts, opened } = longText(1_500)
    const first = readerDetail(opened)
    expect(first.complete).toBe(false)
    const asked: { from: number; to: number }[] = []
    const detail = await fetchRestOfText(
      first.detail,
      first.arrived,
      async (range) => {
        asked.push(range)
        return texts.slice(range.from, range.to).join('\n')
      },
      () => true,
    )
    // Every block's text, and the canonical text, as if it had come whole.
    expect(detail!.revision.text).toBe(texts.join('\n'))
    expect(detail!.revision.blocks.map((block) => block.text)).toEqual(texts)
    expect(detail!.revision.blocks[100]).toMatchObject({ kind: 'heading', level: 1, text: 'Chương 1' })
    expect(blockStartOffsets(detail!.revision.blocks).at(-1)).toBe(texts.join('\n').length - texts.at(-1)!.length)
    const covered = asked.flatMap(({ from, to }) => Array.from({ length: to - from }, (_, at) => from + at))
    const outside = texts.map((_, index) => index).filter((index) => index < 1_480 || index >= 1_540)
    expect(covered).toEqual(outside)
  })

  it('stops when the user has opened something else', async () => {
    const { texts, opened } = longText(40)
    const first = readerDetail(opened)
    let wanted = true
    const detail = await fetchRestOfText(
      first.detail,
      first.arrived,
      async (range) => {
        wanted = false
        return texts.slice(range.from, range.to).join('\n')
      },
      () => wanted,
    )
    expect(detail).toBeNull()
  })

  it('cuts blocks into runs of about the size asked', () => {
    const blocks = Array.from({ length: 10 }, () => ({ kind: 'paragraph' as const, text: 'x'.repeat(99) }))
    expect(sliceRanges(blocks, 2, 10, 250)).toEqual([
      { from: 2, to: 5 },
      { from: 5, to: 8 },
      { from: 8, to: 10 },
    ])
    expect(sliceRanges(blocks, 3, 3)).toEqual([])
  })

  it('cuts a 10 MB text into slices each read within a frame (a quarter of a million characters at most)', () => {
    const paragraph =
      'Hai bên nhất trí thúc đẩy hợp tác đường sắt, năng lượng và giáo dục, phù hợp với luật pháp quốc tế. '
    const blocks = Array.from({ length: 19_000 }, (_, index) => ({
      kind: 'paragraph' as const,
      text: `${index}. ${paragraph.repeat(4)}`,
    }))
    const ranges = sliceRanges(blocks, 0, blocks.length)
    const characters = ranges.map(({ from, to }) =>
      blocks.slice(from, to).reduce((sum, block) => sum + block.text.length + 1, 0),
    )
    expect(Math.max(...characters)).toBeLessThanOrEqual(250_000 + 500)
    expect(ranges.at(-1)!.to).toBe(blocks.length)
  })

  it('keeps the next three slices on their way while one is read, so a round trip does not wait on the page', async () => {
    const texts = Array.from({ length: 1_000 }, (_, index) => `${index}. ${'Hai bên nhất trí. '.repeat(60)}`)
    const opened: ReaderDocument = {
      summary,
      readingPosition: null,
      revision: {
        ...revision,
        blocks: texts.map((text) => ({ kind: 'paragraph' as const, length: text.length })),
        text: texts.slice(0, 10).join('\n'),
        firstBlock: 0,
        whole: false,
      },
    }
    const first = readerDetail(opened)
    const answers: (() => void)[] = []
    const whole = fetchRestOfText(
      first.detail,
      first.arrived,
      (range) =>
        new Promise<string>((resolve) => answers.push(() => resolve(texts.slice(range.from, range.to).join('\n')))),
      () => true,
    )
    const settled = () => new Promise((resolve) => setTimeout(resolve, 0))
    await settled()
    expect(answers).toHaveLength(3)
    answers[0]!()
    await settled()
    expect(answers).toHaveLength(4)
    for (let answered = 1; answered < answers.length; answered++) {
      answers[answered]!()
      await settled()
    }
    expect((await whole)!.revision.text).toBe(texts.join('\n'))
  })
})
