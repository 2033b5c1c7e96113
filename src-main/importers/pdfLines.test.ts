import { describe, expect, it } from 'vitest'
import { contentItems, linesOfPage, type PdfTextItem } from './pdfLines'
import { blocksFromPdfLines } from './pdfParagraphs'

const item = (str: string, x: number, y: number, width = str.length * 5.5, size = 11): PdfTextItem => ({
  str,
  transform: [size, 0, 0, size, x, y],
  width,
  height: size,
  hasEOL: false,
})

describe('PDF text items', () => {
  it('leave out what is marked as an artifact, nested or not, and keep the rest in order', () => {
    const items = [
      { type: 'beginMarkedContentProps', tag: 'Artifact', id: null },
      item('Trang 1', 290, 40),
      { type: 'endMarkedContent' },
      { type: 'beginMarkedContent', tag: 'P' },
      item('Hai bên nhất trí', 72, 700),
      { type: 'beginMarkedContent', tag: 'Artifact' },
      item('1', 60, 700),
      { type: 'endMarkedContent' },
      item('tăng cường hợp tác.', 72, 685),
      { type: 'endMarkedContent' },
    ]
    expect(contentItems(items).map((kept) => kept.str)).toEqual(['Hai bên nhất trí', 'tăng cường hợp tác.'])
  })

  it('start a line at its first text, not at a space pdfjs put before it', () => {
    const [line] = linesOfPage([item(' ', 55, 702, 6, 6.5), item('Стороны подтвердили', 72, 700)], 1)
    expect(line).toMatchObject({ text: 'Стороны подтвердили', x: 72, y: 700, size: 11 })
  })

  it('keep a no-break space as it is', () => {
    expect(linesOfPage([item('Liên bang\u00a0Nga', 72, 700)], 1)[0]!.text).toBe('Liên bang\u00a0Nga')
  })
})

describe('paragraphs from the geometry of lines', () => {
  /** Lines of a justified 400-pt column at x 72, 14 pt apart, on one page unless said. */
  const line = (text: string, options: { x?: number; width?: number; y: number; page?: number }) =>
    linesOfPage([item(text, options.x ?? 72, options.y, options.width ?? 400)], options.page ?? 1)[0]!

  it('joins a line that starts with a dash or a number when the line before was full', () => {
    const blocks = blocksFromPdfLines([
      [
        line('7. Hai bên khẳng định hợp tác quốc phòng - an ninh với Việt Nam', { y: 700 }),
        line('- Nga là trụ cột, theo khoản', { y: 686 }),
        line('12. của Hiệp định.', { y: 672, width: 90 }),
        line('8. Hai bên nhất trí phối hợp chặt chẽ trong các diễn đàn đa phương', { y: 650 }),
        line('và khu vực.', { y: 636, width: 60 }),
      ],
    ])
    expect(blocks.map((block) => block.text)).toEqual([
      '7. Hai bên khẳng định hợp tác quốc phòng - an ninh với Việt Nam - Nga là trụ cột, theo khoản 12. của Hiệp định.',
      '8. Hai bên nhất trí phối hợp chặt chẽ trong các diễn đàn đa phương và khu vực.',
    ])
  })

  it('breaks at a first-line indent and after a short line, and runs a paragraph on across a page', () => {
    const blocks = blocksFromPdfLines([
      [
        line('Hai bên nhất trí tăng cường hợp tác trong lĩnh vực năng', { x: 100, width: 372, y: 700 }),
        line('lượng và công nghiệp dầu khí, đường sắt cao tốc và giáo', { y: 686 }),
        line('dục.', { y: 672, width: 25 }),
        line('Phía Nga đánh giá cao sự đóng góp của cộng đồng người', { x: 100, width: 372, y: 658 }),
        line('Việt tại Nga, cầu nối quan trọng giữa nhân dân hai nước', { y: 644 }),
      ],
      [
        line('và là nhân tố tích cực của quan hệ hữu nghị truyền thống', { y: 760, page: 2 }),
        line('giữa hai nước.', { y: 746, width: 80, page: 2 }),
        line('Tổng Bí thư cảm ơn sự đón tiếp nồng hậu của Tổng thống', { x: 100, width: 372, y: 732, page: 2 }),
        line('Liên bang Nga.', { y: 718, width: 80, page: 2 }),
      ],
    ])
    expect(blocks.map((block) => block.text.slice(0, 20))).toEqual([
      'Hai bên nhất trí tăn',
      'Phía Nga đánh giá ca',
      'Tổng Bí thư cảm ơn s',
    ])
    expect(blocks[1]!.text).toContain('hai nước và là nhân tố')
  })
})
