import { describe, expect, it } from 'vitest'
import { lightMarkdownAsPlainText, parseLightMarkdown, printableLines } from './lightMarkdown'

describe('light Markdown of comments', () => {
  it('reads bold, italic, links and bare addresses as runs', () => {
    const [block] = parseLightMarkdown(
      '**Quan trọng**: xem *bản tiếng Nga* và [UNCLOS](https://un.org/unclos) https://mofa.gov.vn',
    )
    expect(block).toEqual({
      kind: 'paragraph',
      runs: [
        { text: 'Quan trọng', bold: true, italic: false, url: null },
        { text: ': xem ', bold: false, italic: false, url: null },
        { text: 'bản tiếng Nga', bold: false, italic: true, url: null },
        { text: ' và ', bold: false, italic: false, url: null },
        { text: 'UNCLOS', bold: false, italic: false, url: 'https://un.org/unclos' },
        { text: ' ', bold: false, italic: false, url: null },
        { text: 'https://mofa.gov.vn', bold: false, italic: false, url: 'https://mofa.gov.vn' },
      ],
    })
  })

  it('nests italic inside bold and keeps lists with their first number', () => {
    const blocks = parseLightMarkdown('**rất *quan* trọng**\n\n3. một\n4. hai\n- ba')
    expect(blocks[0]).toEqual({
      kind: 'paragraph',
      runs: [
        { text: 'rất ', bold: true, italic: false, url: null },
        { text: 'quan', bold: true, italic: true, url: null },
        { text: ' trọng', bold: true, italic: false, url: null },
      ],
    })
    expect(blocks[1]).toMatchObject({ kind: 'list', ordered: true, start: 3 })
    expect(blocks[2]).toMatchObject({ kind: 'list', ordered: false, items: [[{ text: 'ba' }]] })
  })

  it('prints a comment without marks: lists as lines, links as their text and address', () => {
    const source = '**Quan trọng**: xem [UNCLOS](https://un.org/unclos)\n- *điểm một*\n- điểm hai'
    expect(lightMarkdownAsPlainText(source)).toBe(
      'Quan trọng: xem UNCLOS (https://un.org/unclos)\n• điểm một\n• điểm hai',
    )
    expect(printableLines(source)[1]).toEqual([
      { text: '• ', bold: false, italic: false, url: null },
      { text: 'điểm một', bold: false, italic: true, url: null },
    ])
  })

  it('keeps text that only looks like formatting as written', () => {
    expect(lightMarkdownAsPlainText('2 * 3 = 6, a_b, [x] (y)')).toBe('2 * 3 = 6, a_b, [x] (y)')
  })
})
