import { describe, expect, it } from 'vitest'
import { parseFile } from './parseFile'

const parse = (source: string) => parseFile({ name: 'notes.md', bytes: new TextEncoder().encode(source), options: {} })

describe('Markdown import', () => {
  it('reads headings, emphasis as marks, lists with their markers, quotes, tables and code', async () => {
    const source = [
      '# Tuyên bố **chung**',
      '',
      'Hai bên *nhất trí* tăng cường hợp tác &amp; đầu tư.',
      '',
      '9. Chín',
      '10. Mười',
      '    - lồng nhau',
      '',
      '> Trích dẫn.',
      '',
      '| Điều | Nội dung |',
      '|---|---|',
      '| 3 | **Phạm vi** |',
      '',
      '```',
      'mã 1',
      'mã 2',
      '```',
    ].join('\r\n')
    const { blocks, format } = await parse(source)
    expect(format).toBe('md')
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Tuyên bố chung', level: 1, marks: [{ start: 9, end: 14, bold: true }] },
      {
        kind: 'paragraph',
        text: 'Hai bên nhất trí tăng cường hợp tác & đầu tư.',
        marks: [{ start: 8, end: 16, italic: true }],
      },
      { kind: 'listItem', text: '9. Chín', level: 1 },
      { kind: 'listItem', text: '10. Mười', level: 1 },
      { kind: 'listItem', text: '- lồng nhau', level: 2 },
      { kind: 'quote', text: 'Trích dẫn.' },
      {
        kind: 'tableRow',
        text: 'Điều | Nội dung',
        marks: [
          { start: 0, end: 4, bold: true },
          { start: 7, end: 15, bold: true },
        ],
      },
      { kind: 'tableRow', text: '3 | Phạm vi', marks: [{ start: 4, end: 11, bold: true }] },
      { kind: 'preformatted', text: 'mã 1' },
      { kind: 'preformatted', text: 'mã 2' },
    ])
  })

  it('keeps link text but not addresses, and leaves images out with a note', async () => {
    const { blocks, warnings } = await parse(
      'See [the draft](javascript:alert(1)) ![map](http://example.com/m.png) now.',
    )
    expect(blocks.map((block) => block.text)).toEqual(['See the draft now.'])
    expect(JSON.stringify(blocks)).not.toMatch(/javascript|example\.com/)
    expect(warnings).toEqual([{ code: 'import.imagesDropped', params: { count: 1 } }])
  })

  it('never renumbers: a list starting at 12 keeps 12', async () => {
    const { blocks } = await parse('12. Mười hai\n13. Mười ba\n')
    expect(blocks.map((block) => block.text)).toEqual(['12. Mười hai', '13. Mười ba'])
  })
})
