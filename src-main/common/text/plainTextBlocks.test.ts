import { describe, expect, it } from 'vitest'
import { blocksFromPlainText } from './plainTextBlocks'

const kindsAndTexts = (source: string) => blocksFromPlainText(source).map((block) => [block.kind, block.text])

describe('structure from plain text', () => {
  it('splits paragraphs on blank lines and joins hard-wrapped lines with one space', () => {
    expect(kindsAndTexts('First line of a paragraph\nthat was wrapped.\n\n   \nSecond paragraph.')).toEqual([
      ['paragraph', 'First line of a paragraph that was wrapped.'],
      ['paragraph', 'Second paragraph.'],
    ])
  })

  it('reads CRLF and CR line ends like LF', () => {
    const lf = blocksFromPlainText('Heading\n\nOne.\nTwo.\n\nThree.')
    expect(blocksFromPlainText('Heading\r\n\r\nOne.\r\nTwo.\r\n\r\nThree.')).toEqual(lf)
    expect(blocksFromPlainText('Heading\r\rOne.\rTwo.\r\rThree.')).toEqual(lf)
  })

  it('makes short unpunctuated single-line paragraphs headings, the first one level 1', () => {
    expect(blocksFromPlainText('Tuyên bố chung\n\nMột đoạn văn.\n\nKết luận\n\nHết.')).toEqual([
      { kind: 'heading', text: 'Tuyên bố chung', level: 1 },
      { kind: 'paragraph', text: 'Một đoạn văn.' },
      { kind: 'heading', text: 'Kết luận', level: 2 },
      { kind: 'paragraph', text: 'Hết.' },
    ])
  })

  it('does not make headings of punctuated lines, numbered paragraphs, bullets or bare numbers', () => {
    const kinds = blocksFromPlainText('A sentence.\n\n9. Short numbered\n\n- A dash item\n\n12\n\n“Quoted.”').map(
      (block) => block.kind,
    )
    expect(kinds).toEqual(['paragraph', 'paragraph', 'listItem', 'paragraph', 'paragraph'])
  })

  it('keeps paragraph numbers and dashes as text and never renumbers', () => {
    const source = '9. Chín.\n12(b) Mười hai b.\nĐiều 3. Phạm vi.\n- Gạch đầu dòng.\n– En dash.\n7. Bảy.'
    expect(blocksFromPlainText(source).map((block) => block.text)).toEqual([
      '9. Chín.',
      '12(b) Mười hai b.',
      'Điều 3. Phạm vi.',
      '- Gạch đầu dòng.',
      '– En dash.',
      '7. Bảy.',
    ])
  })

  it('produces NFC and never a newline inside a block', () => {
    const nfd = 'Đường sắt\n\nHai bên nhất trí\ntăng cường hợp tác.'.normalize('NFD')
    const blocks = blocksFromPlainText(nfd)
    for (const block of blocks) {
      expect(block.text).toBe(block.text.normalize('NFC'))
      expect(block.text).not.toMatch(/[\r\n]/)
    }
    expect(blocks.map((block) => block.text)).toEqual(['Đường sắt', 'Hai bên nhất trí tăng cường hợp tác.'])
  })

  it('drops nothing but white space', () => {
    const source = 'Alpha beta.\n\n\n\nGamma — delta…\n\n(a) epsilon\n\n*'
    const letters = (text: string) => text.replace(/\s+/g, '')
    expect(
      letters(
        blocksFromPlainText(source)
          .map((block) => block.text)
          .join(''),
      ),
    ).toBe(letters(source))
  })

  it('reads a numbered list of 200,000 lines without blank lines (no RangeError)', () => {
    const lines = Array.from({ length: 200_000 }, (_, index) => `${index + 1}. Khoản ${index + 1}.`)
    const blocks = blocksFromPlainText(lines.join('\n'))
    expect(blocks).toHaveLength(200_000)
    expect(blocks[199_999]).toEqual({ kind: 'paragraph', text: '200000. Khoản 200000.' })
  })
})
