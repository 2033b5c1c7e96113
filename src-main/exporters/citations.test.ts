import { describe, expect, it } from 'vitest'
import { exportInputFor } from '../../tests/support/exportFixture'
import { generatedAnnotatedDocument } from '../../tests/support/generatedExport'
import { inspectPdf } from '../../tests/support/pdfInspection'
import { briefingPdfExporter } from './briefingPdfExporter'
import { csvExporter } from './csvExporter'
import { silentProgress } from './exporter'
import { markdownExporter } from './markdownExporter'

// "11." is numbered; the two paragraphs after it are its 2nd and 3rd.
const fixture = generatedAnnotatedDocument([
  { phrase: 'Hai bên khẳng định', comment: 'Đoạn có số.' },
  { phrase: 'Hai bên hoan nghênh', comment: 'Đoạn thứ hai, không số.' },
  { phrase: 'Nga sẵn sàng hỗ trợ', comment: 'Đoạn thứ ba.' },
])

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pages = await inspectPdf(bytes)
  return pages.map((page) => page.items.map((item) => item.str).join(' ')).join('\n')
}

describe('exports cite unnumbered paragraphs precisely', () => {
  it('keeps the stored label the plain number', () => {
    expect(fixture.annotations.map((annotation) => annotation.paragraphLabel)).toEqual(['11', '11', '11'])
  })

  it('CSV: the ¶ column says 11, then 11, đoạn 2 and 11, đoạn 3', async () => {
    const text = new TextDecoder().decode(await csvExporter.write(exportInputFor(fixture), silentProgress))
    const rows = text.split('\r\n').slice(1, 4)
    expect(rows.map((row) => row.split('","')[1])).toEqual(['11', '11, đoạn 2', '11, đoạn 3'])
  })

  it('Markdown: headings cite ¶ 11, ¶ 11, 2nd para. and ¶ 11, 3rd para.', async () => {
    const text = new TextDecoder().decode(
      await markdownExporter.write(exportInputFor(fixture, {}, 'en'), silentProgress),
    )
    expect(text).toContain('### 1 · ¶ 11\n')
    expect(text).toContain('### 2 · ¶ 11, 2nd para.\n')
    expect(text).toContain('### 3 · ¶ 11, 3rd para.\n')
  })

  it('briefing PDF: the index by tag and the excerpts cite the paragraph within ¶ 11', async () => {
    const text = await pdfText(
      await briefingPdfExporter.write(exportInputFor(fixture, { layout: 'excerpts' }), silentProgress),
    )
    expect(text).toMatch(/2\. ¶ 11, đoạn 2 · “Hai bên hoan nghênh/u)
    expect(text).toMatch(/3\. ¶ 11, đoạn 3 · “Nga sẵn sàng/u)
    expect(text).toMatch(/¶ 11, đoạn 2 · Nguyễn Thị Minh/u)
  })
})
